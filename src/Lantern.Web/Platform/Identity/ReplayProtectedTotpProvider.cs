using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Lantern.Web.Platform.Identity;

/// <summary>
/// Authenticator-app (TOTP, RFC 6238) codes that work once. Identity's built-in provider accepts the
/// same code again within its window; ASVS 6.5.1 asks for single use. We remember the last accepted
/// time step per user and refuse that step or any earlier one. The user row's concurrency stamp makes
/// two simultaneous uses of one code race safely: the second update fails, so the second use fails.
/// </summary>
public sealed class ReplayProtectedTotpProvider(TimeProvider timeProvider) : IUserTwoFactorTokenProvider<LanternUser>
{
    /// <summary>One 30-second step either side, for clock drift between phone and server.</summary>
    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<LanternUser> manager, LanternUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the person's authenticator app; the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<LanternUser> manager, LanternUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<LanternUser> manager, LanternUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = NormaliseCode(token);
        if (string.IsNullOrEmpty(key) || code is null)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (!totp.VerifyTotp(now, code, out var matchedStep, Window))
        {
            return false;
        }

        if (user.LastTotpTimeStep is { } lastStep && matchedStep <= lastStep)
        {
            return false;
        }

        user.LastTotpTimeStep = matchedStep;
        var saved = await manager.UpdateAsync(user);
        return saved.Succeeded;
    }

    /// <summary>Accepts "123 456" or "123-456" as typed from an app; anything but six digits is refused.</summary>
    public static string? NormaliseCode(string? token)
    {
        if (token is null)
        {
            return null;
        }

        var digits = new string(token.Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
