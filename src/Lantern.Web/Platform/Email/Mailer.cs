using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lantern.Web.Platform.Email;

/// <summary>
/// A plain-text e-mail. Lantern e-mails never carry health details. <paramref name="ListUnsubscribe"/>, when given, is a
/// link that stops this kind of message with one click (RFC 8058: mail programs show their own "unsubscribe" for it and
/// POST to it).
/// </summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? ListUnsubscribe = null);

/// <summary>Sends e-mail: to the outbox directory by default, or by SMTP when configured.</summary>
public interface IMailer
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

internal sealed class Mailer(IOptions<EmailOptions> options, OutboxDirectory outbox, TimeProvider time, ILogger<Mailer> logger) : IMailer
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Date = time.GetUtcNow();
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        if (message.ListUnsubscribe is { } unsubscribe)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        if (settings.Delivery == EmailDelivery.Smtp)
        {
            using var client = new SmtpClient();
            var security = settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, security, ct);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, ct);
            }

            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
            Log.EmailSent(logger, "smtp");
            return;
        }

        Directory.CreateDirectory(outbox.Path);
        var file = System.IO.Path.Combine(outbox.Path, $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        // Write beside it and rename, so a mail program or test reading the outbox never sees half a message.
        var partial = file + ".partial";
        await mime.WriteToAsync(partial, ct);
        File.Move(partial, file);
        Log.EmailSent(logger, "outbox");
    }
}

/// <summary>The resolved outbox path (data directory + "outbox").</summary>
public sealed record OutboxDirectory(string Path);
