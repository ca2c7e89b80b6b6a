using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

/// <summary>One-step sign-in for the API: the password and, when two-step sign-in is on, a code in the same request.</summary>
public sealed class SignInWithPasswordAndCodeHandler(
    SignInManager<LanternUser> signIn,
    UserManager<LanternUser> users,
    AuditLog audit,
    SignInAttempts attempts)
{
    public async Task<SignInOutcome> HandleAsync(SignInRequest request, CancellationToken ct)
    {
        var user = await attempts.FindUserAsync(request, ct);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var password = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
        var early = await attempts.InterpretAsync(user, request.Password ?? string.Empty, password, wasLocked, ct);
        if (early is not null)
        {
            return early.Value;
        }

        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.Code) && string.IsNullOrWhiteSpace(request.RecoveryCode))
            {
                return SignInOutcome.TwoFactorRequired;
            }

            if (!await VerifySecondFactorAsync(user, request))
            {
                await users.AccessFailedAsync(user);
                await attempts.AfterFailureAsync(user, "second-factor", wasLocked, ct);
                return SignInOutcome.Failed;
            }
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            user.TwoFactorEnabled ? [new System.Security.Claims.Claim("amr", "mfa")] : []);
        attempts.Succeeded(user);
        return SignInOutcome.SignedIn;
    }

    private async Task<bool> VerifySecondFactorAsync(LanternUser user, SignInRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.RecoveryCode))
        {
            var redeemed = await users.RedeemTwoFactorRecoveryCodeAsync(user, request.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (redeemed.Succeeded)
            {
                audit.RecordAccount(AuditAction.RecoveryCodeUsed, user.Id, AuditOutcome.Success);
            }

            return redeemed.Succeeded;
        }

        var code = ReplayProtectedTotpProvider.NormaliseCode(request.Code);
        return code is not null && await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code);
    }
}
