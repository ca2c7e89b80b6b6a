using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// The words of an e-mail a person reads, without its links. A link carries a random token, which can spell any short
/// word by chance ("…oPhQuo9…" once failed a check that an alert never names a questionnaire), so checks for words
/// that must not appear read this instead of the raw body.
/// </summary>
public static partial class MailText
{
    public static string Readable(string? body) => Link().Replace(body ?? string.Empty, " ");

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
