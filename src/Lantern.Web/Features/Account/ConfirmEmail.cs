using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record ConfirmEmailRequest(Guid UserId, string? Token);

/// <summary>Confirms the address from the e-mailed link and signs the person in.</summary>
public sealed class ConfirmEmailHandler(UserManager<LanternUser> users, SignInManager<LanternUser> signIn, AuditLog audit)
{
    public async Task<LanternUser> HandleAsync(ConfirmEmailRequest request, CancellationToken ct)
    {
        var token = AccountLinks.DecodeToken(request.Token);
        var user = token is null ? null : await users.FindByIdAsync(request.UserId.ToString());
        var result = user is null ? IdentityResult.Failed() : await users.ConfirmEmailAsync(user, token!);
        if (!result.Succeeded)
        {
            throw new ValidationFailedException("token",
                "This confirmation link is not valid or has expired. Sign up again with the same address to get a new one.");
        }

        await signIn.SignInAsync(user!, isPersistent: false);
        audit.RecordAccount(AuditAction.SignIn, user!.Id, AuditOutcome.Success);
        return user;
    }
}
