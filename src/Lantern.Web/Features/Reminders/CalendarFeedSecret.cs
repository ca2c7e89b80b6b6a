using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// The secret in a calendar feed's address: 32 random bytes, base64url. Only its SHA-256 is stored, so a copy of the
/// database cannot open anyone's feed; a guess has 2^256 possibilities.
/// </summary>
public static class CalendarFeedSecret
{
    private const int Bytes = 32;

    /// <summary>The length of the secret as written in an address (base64url without padding).</summary>
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>What is stored: the SHA-256 of the secret's text, in lower-case hex (64 characters).</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether the text could be a secret at all; anything else is answered 404 without asking the database.</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
