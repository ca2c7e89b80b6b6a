namespace Lantern.Web.Platform.Push;

/// <summary>
/// What a push notification says. Lock screens show it to anyone nearby, so it never names a medicine, a dose, a
/// score or a symptom: only what to do and where. <paramref name="Url"/> is a local path opened on a tap;
/// <paramref name="StopUrl"/>, when given, is the signed one-click link that stops this kind of reminder (a local
/// path too; an absolute address on the configured public base URL is accepted and sent as its path).
/// <paramref name="Tag"/> groups notices on the device: a newer one with the same tag replaces the older.
/// <paramref name="TimeToLive"/> is how long the push service keeps it for a device that is offline (the configured
/// default when null): give a short one for a prompt that means nothing later, such as a check during a session.
/// <paramref name="Urgent"/> asks the push service to wake the device at once (the dosing day's checks).
/// </summary>
public sealed record PushNotice(
    string Title,
    string Body,
    string Url,
    string? StopUrl = null,
    string? Tag = null,
    TimeSpan? TimeToLive = null,
    bool Urgent = false);

/// <summary>Sends a notice to every device a person allowed; devices the push service says are gone are forgotten.</summary>
public interface IPushSender
{
    /// <summary>How many devices accepted it (0 when the person has none).</summary>
    Task<int> SendAsync(Guid userId, PushNotice notice, CancellationToken ct);
}
