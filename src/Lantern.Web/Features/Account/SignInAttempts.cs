using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

/// <summary>
/// What every way of signing in shares. Locked-out, unknown and wrong-password attempts look the same from outside
/// (ASVS 6.3.8-style enumeration resistance); a lockout is audited and e-mailed to the owner instead.
/// Attempts are limited per account here and per IP by the "auth" rate-limit policy.
/// </summary>
public sealed class SignInAttempts(
    UserManager<LanternUser> users,
    AccountAttemptLimiter attemptLimiter,
    AuditLog audit,
    IMailer mailer,
    ILogger<SignInAttempts> logger)
{
    public const string FailedMessage = "The e-mail or password (or code) is not right. Please try again.";

    /// <summary>Counts an attempt against the account; throws <see cref="TooManyAttemptsException"/> when it is over its limit.</summary>
    public void Count(string account)
    {
        if (attemptLimiter.TryAcquire(account) is { } wait)
        {
            throw new TooManyAttemptsException(wait);
        }
    }

    /// <summary>Counts the attempt against the account and finds the user, or null (after the same work a wrong password costs).</summary>
    public async Task<LanternUser?> FindUserAsync(SignInRequest request, CancellationToken ct)
    {
        var email = request.Email?.Trim() ?? string.Empty;
        Count(users.NormalizeEmail(email) ?? string.Empty);

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
    public async Task<SignInOutcome?> InterpretAsync(LanternUser user, string password, SignInResult result, bool wasLocked, CancellationToken ct)
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
    public async Task AfterFailureAsync(LanternUser user, string reason, bool wasLocked, CancellationToken ct)
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

    public void Succeeded(LanternUser user)
    {
        Log.SignedIn(logger, user.Id);
        audit.RecordAccount(AuditAction.SignIn, user.Id, AuditOutcome.Success);
    }
}
