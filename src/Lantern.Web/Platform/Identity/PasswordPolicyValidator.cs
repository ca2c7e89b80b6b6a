using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Platform.Identity;

/// <summary>
/// Lantern's password rules (ASVS 5.0 6.2): at least 12 characters, at most 128, taken exactly as
/// typed, no composition rules, not a common password, not the person's own e-mail or name.
/// Length is counted in Unicode text elements' code points so an emoji counts once, not twice.
/// </summary>
public sealed class PasswordPolicyValidator(CommonPasswords commonPasswords) : IPasswordValidator<LanternUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<LanternUser> manager, LanternUser user, string? password)
    {
        var errors = Check(password ?? string.Empty, user.Email, user.DisplayName)
            .Select(message => new IdentityError { Code = "PasswordPolicy", Description = message })
            .ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>The rule messages a password breaks, in plain words; empty when it is fine.</summary>
    public IReadOnlyList<string> Check(string password, string? email, string? displayName)
    {
        var length = password.EnumerateRunes().Count();
        if (length < MinimumLength)
        {
            return [$"Use at least {MinimumLength} characters. A few unrelated words make a strong, memorable password."];
        }

        if (length > MaximumLength)
        {
            return [$"Use at most {MaximumLength} characters."];
        }

        if (commonPasswords.IsCommon(password))
        {
            return ["That password is too common and easy to guess. Try a few unrelated words instead."];
        }

        if (IsPersonal(password, email, displayName))
        {
            return ["Your password should not be your e-mail address or your name."];
        }

        return [];
    }

    private static bool IsPersonal(string password, string? email, string? displayName)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(email))
        {
            candidates.Add(email);
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (at > 0)
            {
                candidates.Add(email[..at]);
            }
        }

        if (!string.IsNullOrWhiteSpace(displayName))
        {
            candidates.Add(displayName);
            candidates.Add(displayName.Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        return candidates.Any(c => string.Equals(c, password, StringComparison.OrdinalIgnoreCase));
    }
}
