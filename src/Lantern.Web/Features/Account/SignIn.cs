using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record SignInRequest(string? Email, string? Password, string? Code = null, string? RecoveryCode = null);

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; a code from the authenticator app (or a recovery code) is needed.</summary>
    TwoFactorRequired,

    /// <summary>Wrong e-mail, wrong password, wrong code or locked out: deliberately one answer.</summary>
    Failed,

    /// <summary>Right password, but the e-mail address is not confirmed yet.</summary>
    EmailNotConfirmed,
}

/// <summary>
/// Signs people in. Locked-out, unknown and wrong-password attempts look the same from outside (ASVS
/// 6.3.8-style enumeration resistance); a lockout is audited and e-mailed to the owner instead.
/// Attempts are limited per account here and per IP by the "auth" rate-limit policy.
/// </summary>
public sealed class SignInHandler(
    UserManager<LanternUser> users,
    SignInManager<LanternUser> signIn,
    AccountAttemptLimiter attemptLimiter,
    AuditLog audit,
    IMailer mailer,
    ILogger<SignInHandler> logger)
{
    public const string FailedMessage = "The e-mail or password (or code) is not right. Please try again.";

    /// <summary>One-step sign-in for the API: password and, when two-factor is on, a code in the same request.</summary>
    public async Task<SignInOutcome> SignInWithCodeAsync(SignInRequest request, CancellationToken ct)
    {
        var user = await FindUserAsync(request, ct);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var password = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
        var early = await InterpretAsync(user, request.Password ?? string.Empty, password, wasLocked, ct);
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

            if (!await VerifySecondFactorAsync(user, request, ct))
            {
                await users.AccessFailedAsync(user);
                await AfterFailureAsync(user, "second-factor", wasLocked, ct);
                return SignInOutcome.Failed;
            }
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            user.TwoFactorEnabled ? [new System.Security.Claims.Claim("amr", "mfa")] : []);
        await SucceededAsync(user, ct);
        return SignInOutcome.SignedIn;
    }

    /// <summary>Step one for pages: the password. Identity remembers the half-signed-in user in a short cookie.</summary>
    public async Task<SignInOutcome> SignInWithPasswordAsync(SignInRequest request, CancellationToken ct)
    {
        var user = await FindUserAsync(request, ct);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var wasLocked = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, request.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.TwoFactorRequired;
        }

        var early = await InterpretAsync(user, request.Password ?? string.Empty, result, wasLocked, ct);
        if (early is not null)
        {
            return early.Value;
        }

        await SucceededAsync(user, ct);
        return SignInOutcome.SignedIn;
    }

    /// <summary>Step two for pages: the authenticator or recovery code for the user remembered in step one.</summary>
    public async Task<SignInOutcome> SignInWithSecondFactorAsync(string? code, string? recoveryCode, CancellationToken ct)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        if (attemptLimiter.TryAcquire(user.NormalizedEmail ?? user.Id.ToString()) is { } wait)
        {
            throw new TooManyAttemptsException(wait);
        }

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
            await SucceededAsync(user, ct);
            return SignInOutcome.SignedIn;
        }

        await AfterFailureAsync(user, "second-factor", wasLocked, ct);
        return SignInOutcome.Failed;
    }

    private async Task<LanternUser?> FindUserAsync(SignInRequest request, CancellationToken ct)
    {
        var email = request.Email?.Trim() ?? string.Empty;
        if (attemptLimiter.TryAcquire(users.NormalizeEmail(email) ?? string.Empty) is { } wait)
        {
            throw new TooManyAttemptsException(wait);
        }

        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Hash anyway so an unknown address takes as long as a wrong password.
            users.PasswordHasher.HashPassword(new LanternUser { DisplayName = "-", TimeZone = "UTC" }, request.Password ?? string.Empty);
            Log.SignInRefused(logger, "unknown-account");
            audit.Record(AuditAction.SignInFailed, null, null, null, null, AuditOutcome.Failure);
        }

        return user;
    }

    /// <summary>Turns a password-check result into an outcome, or null when the password was right.</summary>
    private async Task<SignInOutcome?> InterpretAsync(LanternUser user, string password, SignInResult result, bool wasLocked, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            return null;
        }

        // Identity refuses unconfirmed accounts before it looks at the password, so check it here:
        // only someone who knows the password may learn that the address is still unconfirmed.
        if (result.IsNotAllowed && !user.EmailConfirmed)
        {
            if (await users.CheckPasswordAsync(user, password))
            {
                Log.SignInRefused(logger, "email-not-confirmed");
                return SignInOutcome.EmailNotConfirmed;
            }

            await users.AccessFailedAsync(user);
        }

        await AfterFailureAsync(user, result.IsLockedOut ? "locked-out" : "wrong-password", wasLocked, ct);
        return SignInOutcome.Failed;
    }

    /// <summary>Audits the failure; the attempt that tips the account into lockout is audited and e-mailed once.</summary>
    private async Task AfterFailureAsync(LanternUser user, string reason, bool wasLocked, CancellationToken ct)
    {
        Log.SignInRefused(logger, reason);
        audit.Record(AuditAction.SignInFailed, null, user.Id, null, null, AuditOutcome.Failure);
        if (!wasLocked && await users.IsLockedOutAsync(user))
        {
            Log.LockedOut(logger, user.Id);
            audit.RecordAccount(AuditAction.LockedOut, user.Id, AuditOutcome.Denied);
            await mailer.SendAsync(new EmailMessage(user.Email!, "Your Lantern account is paused for 15 minutes",
                "There were several unsuccessful attempts to sign in to your Lantern account, so we have paused sign-in for 15 minutes.\n\n" +
                "If this was you, wait and try again, or reset your password from the sign-in page.\n" +
                "If it was not you, your data is safe; consider choosing a new password and turning on two-step sign-in."), ct);
        }
    }

    private async Task SucceededAsync(LanternUser user, CancellationToken ct)
    {
        Log.SignedIn(logger, user.Id);
        audit.RecordAccount(AuditAction.SignIn, user.Id, AuditOutcome.Success);
    }

    private async Task<bool> VerifySecondFactorAsync(LanternUser user, SignInRequest request, CancellationToken ct)
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
