using System.Text;
using Lantern.Web.Platform.Sessions;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Lantern.Web.Features.Account;

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, string? SharedKey, string? AuthenticatorUri);
public sealed record EnableTwoFactorRequest(string? Code);
public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);
public sealed record PasswordConfirmation(string? Password);

/// <summary>
/// Two-step sign-in with an authenticator app (TOTP) and single-use recovery codes. Every change ends
/// the person's other sessions and re-signs this one, and turning it off or making new recovery codes
/// asks for the password again (ASVS 7.5.1).
/// </summary>
public sealed class TwoFactorHandler(
    UserManager<LanternUser> users,
    CurrentPerson currentPerson,
    SessionRevoker sessions,
    AuditLog audit)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Lantern";

    public async Task<TwoFactorStatus> GetStatusAsync(CancellationToken ct)
    {
        var user = await CurrentAsync();
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorStatus(true, await users.CountRecoveryCodesAsync(user), null, null);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return new TwoFactorStatus(false, 0, FormatKey(key!), AuthenticatorUri(user.Email!, key!));
    }

    public async Task<RecoveryCodesResponse> EnableAsync(EnableTwoFactorRequest request, CancellationToken ct)
    {
        var user = await CurrentAsync();
        if (user.TwoFactorEnabled)
        {
            throw new ValidationFailedException("code", "Two-step sign-in is already on.");
        }

        var code = ReplayProtectedTotpProvider.NormaliseCode(request.Code);
        if (code is null || !await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
        {
            throw new ValidationFailedException("code", "That code did not match. Type the 6-digit code your app shows now.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await AfterCredentialChangeAsync(user, AuditAction.TwoFactorEnabled, ct);
        return new RecoveryCodesResponse(codes?.ToArray() ?? []);
    }

    public async Task DisableAsync(PasswordConfirmation request, CancellationToken ct)
    {
        var user = await CurrentWithPasswordAsync(request);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await AfterCredentialChangeAsync(user, AuditAction.TwoFactorDisabled, ct);
    }

    public async Task<RecoveryCodesResponse> RegenerateRecoveryCodesAsync(PasswordConfirmation request, CancellationToken ct)
    {
        var user = await CurrentWithPasswordAsync(request);
        if (!user.TwoFactorEnabled)
        {
            throw new ValidationFailedException("password", "Turn on two-step sign-in first.");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await AfterCredentialChangeAsync(user, AuditAction.RecoveryCodesGenerated, ct);
        return new RecoveryCodesResponse(codes?.ToArray() ?? []);
    }

    /// <summary>The otpauth:// link as an SVG QR code, so enrolment works without JavaScript.</summary>
    public static string QrSvg(string authenticatorUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(authenticatorUri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }

    private async Task AfterCredentialChangeAsync(LanternUser user, AuditAction action, CancellationToken ct)
    {
        await sessions.EndAllAndSignInAgainAsync(user, action.ToString(), ct);
        audit.RecordAccount(action, user.Id, AuditOutcome.Success);
    }

    private Task<LanternUser> CurrentAsync() => currentPerson.GetAccountAsync();

    private async Task<LanternUser> CurrentWithPasswordAsync(PasswordConfirmation request)
    {
        var user = await CurrentAsync();
        if (!await users.CheckPasswordAsync(user, request.Password ?? string.Empty))
        {
            throw new ValidationFailedException("password", "Your password is not right.");
        }

        return user;
    }

    private static string FormatKey(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
}
