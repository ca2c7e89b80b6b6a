namespace Lantern.Web.Platform.Push;

/// <summary>
/// What a push notification says. Lock screens show it to anyone nearby, so it never names a medicine, a dose, a
/// score or a symptom: only what to do and where. <paramref name="Url"/> is a local path opened on a tap;
/// <paramref name="StopUrl"/>, when given, is the signed one-click link that stops this kind of reminder.
/// </summary>
public sealed record PushNotice(string Title, string Body, string Url, string? StopUrl = null, string? Tag = null);

/// <summary>Sends a notice to every device a person allowed; devices the push service says are gone are forgotten.</summary>
public interface IPushSender
{
    /// <summary>How many devices accepted it (0 when the person has none).</summary>
    Task<int> SendAsync(Guid userId, PushNotice notice, CancellationToken ct);
}
