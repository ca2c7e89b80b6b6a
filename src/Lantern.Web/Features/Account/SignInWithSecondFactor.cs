using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

/// <summary>Step two of signing in on the pages: the authenticator or recovery code for the user remembered in step one.</summary>
public sealed class SignInWithSecondFactorHandler(
    SignInManager<LanternUser> signIn,
    UserManager<LanternUser> users,
    AuditLog audit,
    SignInAttempts attempts)
{
    public async Task<SignInOutcome> HandleAsync(string? code, string? recoveryCode, CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        attempts.Count(user.NormalizedEmail ?? user.Id.ToString());

        var wasLocked = await users.IsLockedOutAsync(user);
        SignInResult result;
        if (!string.IsNullOrWhiteSpace(recoveryCode))
        {
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (result.Succeeded)
            {
                audit.RecordAccount(AuditAction.RecoveryCodeUsed, user.Id, AuditOutcome.Success);
            }
        }
        else
        {
            var normalised = ReplayProtectedTotpProvider.NormaliseCode(code) ?? "invalid";
            result = await signIn.TwoFactorAuthenticatorSignInAsync(normalised, isPersistent: false, rememberClient: false);
        }

        if (result.Succeeded)
        {
            attempts.Succeeded(user);
            return SignInOutcome.SignedIn;
        }

        await attempts.AfterFailureAsync(user, "second-factor", wasLocked, ct);
        return SignInOutcome.Failed;
    }
}
