using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>
/// Changes the password, ends every session including this one (its cookie stops working at once)
/// and signs this browser in again with a fresh session (ASVS 7.4.3).
/// </summary>
public sealed class ChangePasswordHandler(
    UserManager<LanternUser> users,
    CurrentPerson currentPerson,
    PasswordPolicyValidator passwordPolicy,
    SessionRevoker sessions,
    AuditLog audit)
{
    public async Task HandleAsync(ChangePasswordRequest request, CancellationToken ct)
    {
        var user = await currentPerson.GetAccountAsync();
        var problems = passwordPolicy.Check(request.NewPassword ?? string.Empty, user.Email, user.DisplayName);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["newPassword"] = [.. problems] });
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword ?? string.Empty, request.NewPassword!);
        if (!result.Succeeded)
        {
            throw new ValidationFailedException("currentPassword", "Your current password is not right.");
        }

        await sessions.EndAllAndSignInAgainAsync(user, "password-changed", ct);
        audit.RecordAccount(AuditAction.PasswordChanged, user.Id, AuditOutcome.Success);
    }
}
