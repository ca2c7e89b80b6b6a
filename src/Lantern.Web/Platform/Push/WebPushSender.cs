using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Options;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Options;
using LibPushSubscription = Lib.Net.Http.WebPush.PushSubscription;

namespace Lantern.Web.Platform.Push;

/// <summary>
/// Sends a <see cref="PushNotice"/> to each of a person's devices through their push services with
/// Lib.Net.Http.WebPush: VAPID-signed ("vapid t=…, k=…", RFC 8292) with the stored key pair, the payload encrypted for
/// that device alone (aes128gcm, RFC 8291), with a time to live. A 404 or 410 means the browser dropped the
/// subscription: it is forgotten. Any other failure is logged and skipped; the other devices still get theirs.
/// </summary>
internal sealed partial class WebPushSender(
    IDbContextFactory<LanternDbContext> contexts,
    VapidKeyStore keys,
    IHttpClientFactory httpClients,
    IOptions<PushOptions> options,
    IOptions<EmailOptions> email,
    IOptions<LanternOptions> lantern,
    TimeProvider time,
    ILogger<WebPushSender> logger) : IPushSender
{
    /// <summary>The named HttpClient for push services (no redirects, no request logging: an endpoint is a device's address).</summary>
    public const string HttpClientName = "Lantern.Push";

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The JSON the service worker reads (wwwroot/sw.js).</summary>
    internal sealed record Payload(string Title, string Body, string Url, string? StopUrl, string? Tag);

    public async Task<int> SendAsync(Guid userId, PushNotice notice, CancellationToken ct)
    {
        var settings = options.Value;
        var payload = JsonSerializer.Serialize(new Payload(notice.Title, notice.Body, LocalPath(notice.Url, nameof(notice.Url)),
            notice.StopUrl is null ? null : LocalPath(notice.StopUrl, nameof(notice.StopUrl)), notice.Tag), PayloadJson);

        await using var db = await contexts.CreateDbContextAsync(ct);
        // Untracked: a device the person removes while this sends must not make the bookkeeping below fail after the
        // push went out (the scheduler would then count the reminder as failed and send it again).
        var devices = await db.Set<PushSubscription>().AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Id).ToListAsync(ct);
        if (devices.Count == 0)
        {
            return 0;
        }

        var vapid = await keys.GetAsync(ct);
        var client = new PushServiceClient(httpClients.CreateClient(HttpClientName))
        {
            DefaultAuthentication = new VapidAuthentication(vapid.PublicKey, vapid.PrivateKey) { Subject = Subject() },
            DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
            AutoRetryAfter = false,
        };
        var timeToLive = notice.TimeToLive ?? TimeSpan.FromMinutes(settings.DefaultTimeToLiveMinutes);

        var accepted = new List<Guid>();
        var gone = new List<Guid>();
        foreach (var device in devices)
        {
            if (PushSubscriptionRules.EndpointProblem(device.Endpoint, settings.AllowLoopbackHttpEndpoints) is not null)
            {
                PushLog.EndpointNotAllowed(logger, device.Id);
                continue;
            }

            switch (await TrySendAsync(client, device, Message(payload, notice, timeToLive), ct))
            {
                case Delivery.Accepted:
                    accepted.Add(device.Id);
                    break;
                case Delivery.Gone:
                    gone.Add(device.Id);
                    break;
            }
        }

        // Set-based, so a row already removed by the person is simply not there to change.
        if (accepted.Count > 0)
        {
            var now = time.GetUtcNow();
            await db.Set<PushSubscription>().Where(s => accepted.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSentAt, now), ct);
        }

        if (gone.Count > 0)
        {
            await db.Set<PushSubscription>().Where(s => gone.Contains(s.Id)).ExecuteDeleteAsync(ct);
        }

        PushLog.Sent(logger, accepted.Count, devices.Count, userId);
        return accepted.Count;
    }

    private enum Delivery
    {
        Accepted,
        Gone,
        Failed,
    }

    private async Task<Delivery> TrySendAsync(PushServiceClient client, PushSubscription device, PushMessage message, CancellationToken ct)
    {
        var subscription = new LibPushSubscription { Endpoint = device.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, device.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, device.Auth);
        try
        {
            await client.RequestPushMessageDeliveryAsync(subscription, message, ct);
            return Delivery.Accepted;
        }
        catch (PushServiceClientException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            PushLog.SubscriptionGone(logger, device.Id, (int)e.StatusCode);
            return Delivery.Gone;
        }
        catch (PushServiceClientException e)
        {
            PushLog.Refused(logger, device.Id, e.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or System.Security.Cryptography.CryptographicException or ArgumentException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // An unreachable service, a timeout, or keys the library cannot use: this device is skipped this time.
            PushLog.Failed(logger, device.Id, e.GetType().Name);
        }

        return Delivery.Failed;
    }

    private static PushMessage Message(string payload, PushNotice notice, TimeSpan timeToLive) => new(payload)
    {
        TimeToLive = (int)Math.Clamp(timeToLive.TotalSeconds, 0, 28 * 24 * 3600),
        Urgency = notice.Urgent ? PushMessageUrgency.High : PushMessageUrgency.Normal,
        // A waiting notice with the same topic is replaced by the newer one at the push service (RFC 8030 5.4).
        Topic = notice.Tag is { } tag && TopicPattern().IsMatch(tag) ? tag : null,
    };

    /// <summary>
    /// Who runs this server, for the push service to contact (RFC 8292 "sub"): the configured subject, else the e-mail
    /// sender, else the public base URL when the sender is only a local address a push service could not write to.
    /// </summary>
    private string Subject()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Subject))
        {
            return options.Value.Subject;
        }

        var from = email.Value.FromAddress;
        var baseUrl = lantern.Value.PublicBaseUrl;
        var localSender = from.EndsWith("@localhost", StringComparison.OrdinalIgnoreCase);
        return localSender && baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? baseUrl.TrimEnd('/') : "mailto:" + from;
    }

    /// <summary>A notice opens a page of this site only: a local path, or an address on the public base URL sent as its path.</summary>
    private string LocalPath(string url, string name)
    {
        if (LocalUrl.IsLocal(url))
        {
            return url;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && Uri.TryCreate(lantern.Value.PublicBaseUrl, UriKind.Absolute, out var site)
            && Uri.Compare(absolute, site, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && LocalUrl.IsLocal(absolute.PathAndQuery))
        {
            return absolute.PathAndQuery;
        }

        throw new ArgumentException($"A push notice's {name} must be a path on this site.", name);
    }

    /// <summary>RFC 8030's Topic: at most 32 characters of the URL-safe base64 alphabet.</summary>
    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex TopicPattern();
}
