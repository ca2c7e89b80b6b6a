using System.Text.RegularExpressions;
using MimeKit;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>Reads the .eml files the app wrote to its outbox, as a mail client would.</summary>
public static partial class Outbox
{
    public static async Task<MimeMessage> WaitForAsync(string directory, string to, string subjectContains, DateTimeOffset? after = null)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(directory))
            {
                var messages = new List<(MimeMessage Message, DateTime Written)>();
                foreach (var file in Directory.EnumerateFiles(directory, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                        && (message.Subject ?? string.Empty).Contains(subjectContains, StringComparison.OrdinalIgnoreCase))
                    {
                        messages.Add((message, File.GetLastWriteTimeUtc(file)));
                    }
                }

                var newest = messages.OrderByDescending(m => m.Written).Select(m => m.Message).FirstOrDefault();
                if (newest is not null)
                {
                    return newest;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} with subject containing '{subjectContains}'.");
    }

    public static int Count(string directory, string to, string? subjectContains = null) =>
        !Directory.Exists(directory) ? 0 : Directory.EnumerateFiles(directory, "*.eml")
            .Select(file => MimeMessage.Load(file))
            .Count(message => message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                && (subjectContains is null || (message.Subject ?? string.Empty).Contains(subjectContains, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The userId and token of the first Lantern link to <paramref name="path"/> in the message.</summary>
    public static (Guid UserId, string Token) ReadLink(MimeMessage message, string path)
    {
        var match = LinkPattern().Matches(message.TextBody ?? string.Empty).FirstOrDefault(m => m.Groups["path"].Value == path)
            ?? throw new InvalidOperationException($"No {path} link in the e-mail.");
        return (Guid.Parse(match.Groups["user"].Value), match.Groups["token"].Value);
    }

    [GeneratedRegex(@"https?://[^\s/]+(?<path>/account/[a-z-]+)\?userId=(?<user>[0-9a-f-]{36})&token=(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
