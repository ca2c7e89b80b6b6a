using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Account.Deletion;

/// <summary>The person's password again and, when two-step sign-in is on, a code from their app (or a recovery code).</summary>
public sealed record RequestAccountDeletionRequest(string? Password, string? Code);

/// <summary>
/// Asks for the account to be deleted once the cooling-off period ends (issue 17). The person proves it is them again —
/// a session left open on a shared computer must not be enough — with failed tries counting towards the same lockout as
/// signing in. They get an e-mail saying when, and how to cancel.
/// </summary>
public sealed class RequestAccountDeletionHandler(
    LanternDbContext db,
    CurrentPerson currentPerson,
    UserManager<LanternUser> users,
    SignInManager<LanternUser> signIn,
    IMailer mailer,
    TimeProvider time,
    AuditLog audit,
    IOptions<AccountDeletionOptions> options,
    IOptions<LanternOptions> lantern)
{
    public const string WrongPassword = "That password is not right.";
    public const string WrongCode = "That code is not right. Use the 6-digit code your authenticator app shows now, or a recovery code.";
    public const string LockedOut = "Too many tries. Please wait 15 minutes and try again.";

    public async Task<AccountDeletionStatus> HandleAsync(RequestAccountDeletionRequest request, CancellationToken ct)
    {
        var user = await currentPerson.GetAccountAsync();
        if (await db.Set<AccountDeletionRequest>().AnyAsync(r => r.UserId == user.Id, ct))
        {
            throw new ConflictException("Deletion already asked for",
                "You have already asked for your account to be deleted. You can cancel it on the same page.");
        }

        var password = await signIn.CheckPasswordSignInAsync(user, request.Password ?? string.Empty, lockoutOnFailure: true);
        if (password.IsLockedOut)
        {
            throw new ValidationFailedException("password", LockedOut);
        }

        if (!password.Succeeded)
        {
            throw new ValidationFailedException("password", WrongPassword);
        }

        if (user.TwoFactorEnabled && !await SecondFactorAsync(user, request.Code))
        {
            await users.AccessFailedAsync(user);
            throw new ValidationFailedException("code", WrongCode);
        }

        var now = time.GetUtcNow();
        var deletion = new AccountDeletionRequest
        {
            UserId = user.Id,
            RequestedAt = now,
            DeleteAfter = now.AddDays(options.Value.CoolingOffDays),
        };
        db.Add(deletion);
        await db.SaveChangesOrConflictAsync(() => new ConflictException("Deletion already asked for",
            "You have already asked for your account to be deleted. You can cancel it on the same page."), ct);
        audit.RecordAccount(AuditAction.AccountDeletionRequested, user.Id, AuditOutcome.Success);

        if (user.Email is { } email)
        {
            await mailer.SendAsync(new EmailMessage(email, "You asked to delete your Lantern account",
                $"You asked us to delete your Lantern account and everything in it.\n\n" +
                $"It will be deleted on {LocalTime.DateAndTime(deletion.DeleteAfter, user.TimeZone)} (your time). Until then you can change your mind: " +
                $"sign in and cancel at {lantern.Value.PublicBaseUrl.TrimEnd('/')}/account/delete\n\n" +
                "If you did not ask for this, sign in, cancel, and change your password.\n\n" +
                "Before then you can also download everything you have entered, from the page called Your data."), ct);
        }

        return AccountDeletionStatus.Of(deletion, options.Value);
    }

    private async Task<bool> SecondFactorAsync(LanternUser user, string? code)
    {
        if (ReplayProtectedTotpProvider.NormaliseCode(code) is { } totp)
        {
            return await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, totp);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var redeemed = await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim());
        if (redeemed.Succeeded)
        {
            audit.RecordAccount(AuditAction.RecoveryCodeUsed, user.Id, AuditOutcome.Success);
        }

        return redeemed.Succeeded;
    }
}
