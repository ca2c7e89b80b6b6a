using System.Security.Cryptography;
using Lantern.Web.Platform.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// The one-click link in every reminder that stops that kind of reminder for that person, signed out (issue 16). The
/// token is the person's id and the kind, protected by ASP.NET Core Data Protection under a purpose of its own, so it
/// can do nothing else (not sign in, not read anything) and cannot be made for someone else. It does not expire: a
/// stop link in an old e-mail must still work.
/// </summary>
public sealed class ReminderStopLinks(IDataProtectionProvider protection, IOptions<LanternOptions> lantern)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Lantern.Reminders.Stop.v1");

    public string Token(Guid userId, ReminderKind kind) => _protector.Protect($"{userId:N}|{kind}");

    /// <summary>The absolute link, for e-mails and notifications.</summary>
    public string Url(Guid userId, ReminderKind kind) => $"{lantern.Value.PublicBaseUrl.TrimEnd('/')}/reminders/stop/{Token(userId, kind)}";

    /// <summary>The person and kind a token stands for, or null when it was not made here (or was altered).</summary>
    public (Guid UserId, ReminderKind Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512)
        {
            return null;
        }

        string text;
        try
        {
            text = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = text.Split('|');
        return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var user) && Enum.TryParse<ReminderKind>(parts[1], out var kind)
            && Enum.IsDefined(kind)
            ? (user, kind)
            : null;
    }
}
