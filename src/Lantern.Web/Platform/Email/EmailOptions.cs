using System.ComponentModel.DataAnnotations;

namespace Lantern.Web.Platform.Email;

public enum EmailDelivery
{
    /// <summary>Write each message as an .eml file under the data directory's outbox (embedded default).</summary>
    Outbox,

    /// <summary>Send through an SMTP server with MailKit.</summary>
    Smtp,
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Outbox;

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "lantern@localhost";

    public string FromName { get; set; } = "Lantern";

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Require STARTTLS. Only a loopback test server may turn it off.</summary>
    public bool SmtpUseStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
}
