using Lantern.Web.Platform.Input;
using Lantern.Clinical.Safety;
using Lantern.Web.Platform.Email;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

public sealed record SignUpRequest(string? Email, string? Password, string? DisplayName, string? TimeZone, string? Role);

/// <summary>
/// Creates an account and e-mails a confirmation link. The answer is the same whether or not the
/// address already has an account (the owner of an existing address gets a "you already have an
/// account" e-mail instead), so nobody can learn who uses Lantern by trying addresses.
/// </summary>
public sealed class SignUpHandler(
    UserManager<LanternUser> users,
    PasswordPolicyValidator passwordPolicy,
    IMailer mailer,
    AccountLinks links,
    AuditLog audit,
    TimeProvider time,
    ILogger<SignUpHandler> logger)
{
    public const int DisplayNameMaxLength = 100;

    /// <param name="continueTo">Where the confirmation link leads after confirming (a local address), e.g. an invitation.</param>
    public async Task HandleAsync(SignUpRequest request, CancellationToken ct, string? continueTo = null)
    {
        var (email, displayName, role) = Validate(request);
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Spend the same hashing time as a real sign-up so timing does not tell the two apart.
            users.PasswordHasher.HashPassword(existing, request.Password!);
            await mailer.SendAsync(new EmailMessage(email, "Your Lantern account",
                "Someone (maybe you) tried to create a Lantern account with this e-mail address, but you already have one.\n\n" +
                "If it was you, sign in instead, or reset your password from the sign-in page.\n" +
                "If it was not you, you can ignore this e-mail. Nothing has changed."), ct);
            return;
        }

        var user = new LanternUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            TimeZone = request.TimeZone!,
            Role = role,
            CrisisCountry = CrisisDirectory.CountryForTimeZone(request.TimeZone),
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            throw new ValidationFailedException(IdentityErrors.ToFields(created));
        }

        audit.RecordAccount(AuditAction.AccountCreated, user.Id, AuditOutcome.Success);
        Log.AccountCreated(logger, user.Id);
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await mailer.SendAsync(new EmailMessage(email, "Confirm your Lantern account",
            $"Welcome to Lantern, {displayName}.\n\nOpen this link to confirm your e-mail address and sign in:\n{links.ConfirmEmail(user.Id, token, continueTo)}\n\n" +
            "The link works for one hour. If you did not sign up, ignore this e-mail and no account will be used."), ct);
    }

    private (string Email, string DisplayName, UserRole Role) Validate(SignUpRequest request)
    {
        var errors = new FieldErrors();
        var email = request.Email?.Trim() ?? string.Empty;
        if (!EmailAddresses.IsValid(email))
        {
            errors.Add("email", "Enter an e-mail address like name@example.com.");
        }

        var displayName = request.DisplayName?.Trim() ?? string.Empty;
        if (displayName.Length is 0 or > DisplayNameMaxLength)
        {
            errors.Add("displayName", $"Enter the name you'd like us to use (up to {DisplayNameMaxLength} characters).");
        }

        if (!TimeZones.IsValid(request.TimeZone))
        {
            errors.Add("timeZone", "Choose your time zone from the list.");
        }

        if (!Enum.TryParse<UserRole>(request.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
        {
            errors.Add("role", "Choose whether you are a patient, a caregiver or a therapist.");
        }

        var passwordProblems = passwordPolicy.Check(request.Password ?? string.Empty, email, displayName);
        if (passwordProblems.Count > 0)
        {
            foreach (var problem in passwordProblems)
            {
                errors.Add("password", problem);
            }
        }

        errors.ThrowIfAny();

        return (email, displayName, role);
    }
}
