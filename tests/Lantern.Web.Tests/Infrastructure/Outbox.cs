using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Lantern.Web.Platform.Email;
using MimeKit;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// The .eml files one test app wrote to its outbox, read as a mail client would. Each file is parsed once; a wait
/// wakes when the app hands a message to its mailer instead of polling the directory.
/// </summary>
public sealed class MailOutbox(string directory)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, (MimeMessage Message, DateTime Written)> _read = new();
    private TaskCompletionSource _sent = NewSignal();

    public string Directory { get; } = directory;

    /// <summary>The newest mail to <paramref name="to"/> whose subject contains the text, waiting for it if needed.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, string subjectContains, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            // Take the signal before looking, so a message sent while we scan still wakes us.
            var sent = Volatile.Read(ref _sent).Task;
            if (Matching(to, subjectContains).OrderByDescending(m => m.Written).Select(m => m.Message).FirstOrDefault() is { } newest)
            {
                return newest;
            }

            try
            {
                await sent.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No e-mail to {to} with subject containing '{subjectContains}'.");
            }
        }
    }

    public int Count(string to, string? subjectContains = null) => Matching(to, subjectContains).Count();

    /// <summary>Every mail sent to <paramref name="to"/> so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> AllTo(string to) => [.. Matching(to, null).OrderBy(m => m.Written).Select(m => m.Message)];

    /// <summary>Called by <see cref="SignallingMailer"/> after each message is handed over.</summary>
    internal void MessageSent() => Interlocked.Exchange(ref _sent, NewSignal()).TrySetResult();

    private IEnumerable<(MimeMessage Message, DateTime Written)> Matching(string to, string? subjectContains)
    {
        if (System.IO.Directory.Exists(Directory))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.eml"))
            {
                if (!_read.ContainsKey(file))
                {
                    _read.TryAdd(file, (MimeMessage.Load(file), File.GetLastWriteTimeUtc(file)));
                }
            }
        }

        return _read.Values.Where(m =>
            m.Message.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))
            && (subjectContains is null || (m.Message.Subject ?? string.Empty).Contains(subjectContains, StringComparison.OrdinalIgnoreCase)));
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Wraps the app's own mailer (outbox files or SMTP, unchanged) and tells the test's outbox when one was sent.</summary>
internal sealed class SignallingMailer(IMailer inner, MailOutbox outbox) : IMailer
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        try
        {
            await inner.SendAsync(message, ct);
        }
        finally
        {
            outbox.MessageSent();
        }
    }
}

/// <summary>Reading links out of Lantern's e-mails.</summary>
public static partial class Outbox
{
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
