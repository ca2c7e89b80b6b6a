using System.ComponentModel.DataAnnotations;

namespace Lantern.Web.Platform.Push;

/// <summary>Web Push settings (section "Push"), checked at start.</summary>
public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>
    /// Accept push endpoints on http://127.0.0.1, http://[::1] or http://localhost. Browsers only ever give https
    /// endpoints; this is for a push service served by a test on the same machine. Off by default.
    /// </summary>
    public bool AllowLoopbackHttpEndpoints { get; set; }

    /// <summary>How long a push service keeps a notice for an offline device when the notice does not say (minutes).</summary>
    [Range(1, 24 * 60 * 28)]
    public int DefaultTimeToLiveMinutes { get; set; } = 12 * 60;

    /// <summary>
    /// Who runs this server, for the push services (RFC 8292 "sub"): a mailto: or https: address. When empty, the
    /// sender address of e-mail, or the public base URL when that address is only a local one.
    /// </summary>
    public string? Subject { get; set; }

    /// <summary>How long one push service may take to answer before that device is skipped this time (seconds).</summary>
    [Range(1, 120)]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>The most devices one person may register (each is sent every notice).</summary>
    [Range(1, 100)]
    public int MaxDevicesPerPerson { get; set; } = 20;

    internal static bool IsValidSubject(string? subject) =>
        string.IsNullOrWhiteSpace(subject)
        || (subject.StartsWith("mailto:", StringComparison.Ordinal) && subject.Length > "mailto:".Length)
        || (Uri.TryCreate(subject, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps);
}
