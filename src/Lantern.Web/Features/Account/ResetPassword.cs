using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record ResetPasswordRequest(Guid UserId, string? Token, string? NewPassword);

/// <summary>
/// Sets a new password from an e-mailed link and ends every session. It does not sign the person in,
/// so two-step sign-in still applies afterwards (ASVS 6.4.3: reset must not bypass MFA).
/// </summary>
public sealed class ResetPasswordHandler(
    UserManager<LanternUser> users,
    PasswordPolicyValidator passwordPolicy,
    SessionRevoker sessions,
    AuditLog audit,
    IMailer mailer)
{
    public async Task HandleAsync(ResetPasswordRequest request, CancellationToken ct)
    {
        var token = AccountLinks.DecodeToken(request.Token);
        var user = token is null ? null : await users.FindByIdAsync(request.UserId.ToString());
        if (user is null)
        {
            throw InvalidLink();
        }

        var problems = passwordPolicy.Check(request.NewPassword ?? string.Empty, user.Email, user.DisplayName);
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["newPassword"] = [.. problems] });
        }

        var result = await users.ResetPasswordAsync(user, token!, request.NewPassword!);
        if (!result.Succeeded)
        {
            throw InvalidLink();
        }

        // A reset proves control of the mailbox: clear any lockout so the new password works now.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id, keep: null, "password-reset", ct);
        audit.RecordAccount(AuditAction.PasswordReset, user.Id, AuditOutcome.Success);
        await mailer.SendAsync(new EmailMessage(user.Email!, "Your Lantern password was changed",
            "The password of your Lantern account was just reset, and every device was signed out.\n\n" +
            "If this was not you, reset it again now from the sign-in page."), ct);
    }

    private static ValidationFailedException InvalidLink() =>
        new("token", "This reset link is not valid or has expired. Ask for a new one from the sign-in page.");
}
