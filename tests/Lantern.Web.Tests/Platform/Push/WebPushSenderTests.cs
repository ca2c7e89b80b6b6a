using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lantern.Web.Platform.Push;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Push;

/// <summary>An app that accepts a test's push service on 127.0.0.1 over http (real browsers only ever give https).</summary>
public sealed class LoopbackPushApp : LanternAppFactory
{
    public LoopbackPushApp() => With("Push:AllowLoopbackHttpEndpoints", "true");
}

/// <summary>
/// Web Push end to end (issue 16): a device subscribes through the API, <see cref="IPushSender"/> sends to a push
/// service served on loopback by the test, and the test checks the request as a push service would (the VAPID JWT's
/// ES256 signature, audience, expiry and subject; aes128gcm; a TTL) and decrypts the payload with the device's own
/// keys (<see cref="TestPushDevice"/>, an RFC 8291 implementation of its own) — not a mock of the library.
/// </summary>
public sealed class WebPushSenderTests(LoopbackPushApp app) : IClassFixture<LoopbackPushApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IPushSender Sender => app.Services.GetRequiredService<IPushSender>();

    [Fact]
    public async Task Send_ToALoopbackPushService_CarriesAValidVapidJwtAndAPayloadOnlyTheDeviceCanDecrypt()
    {
        await using var push = await LoopbackPushService.StartAsync();
        using var device = push.NewDevice();
        var user = await TestUser.CreateAsync(app);
        await AddAsync(user, device);
        var serverKey = (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/push/public-key", Ct)).GetProperty("publicKey").GetString()!;
        var notice = new PushNotice("Time for your check-in", "It takes about a minute.", "/checkin",
            StopUrl: "/reminders/stop?token=abc", Tag: "daily-check-in", TimeToLive: TimeSpan.FromMinutes(30));

        var accepted = await Sender.SendAsync(user.Id, notice, Ct);

        Assert.Equal(1, accepted);
        var received = Assert.Single(push.SentTo(device));
        Assert.Equal("aes128gcm", received.Headers["Content-Encoding"]);
        Assert.Equal("1800", received.Headers["TTL"]);
        Assert.Equal("daily-check-in", received.Headers["Topic"]);

        var (token, k) = ReadVapidHeader(received.Headers["Authorization"]);
        Assert.Equal(serverKey, k);
        var claims = VerifyJwt(token, k);
        var endpoint = new Uri(device.Endpoint);
        Assert.Equal(Audience(endpoint), claims.GetProperty("aud").GetString());
        var expires = DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64());
        // The library signs with the machine's clock (a push service checks against the real time, not the app's test clock).
        Assert.InRange(expires, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(24));
        Assert.False(string.IsNullOrWhiteSpace(claims.GetProperty("sub").GetString()));

        var payload = JsonDocument.Parse(device.DecryptText(received.Body)).RootElement;
        Assert.Equal("Time for your check-in", payload.GetProperty("title").GetString());
        Assert.Equal("It takes about a minute.", payload.GetProperty("body").GetString());
        Assert.Equal("/checkin", payload.GetProperty("url").GetString());
        Assert.Equal("/reminders/stop?token=abc", payload.GetProperty("stopUrl").GetString());
        Assert.Equal("daily-check-in", payload.GetProperty("tag").GetString());
        Assert.Equal(5, payload.EnumerateObject().Count());

        var listed = Assert.Single((await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/push-subscriptions", Ct)).EnumerateArray());
        Assert.Equal(app.Time.GetUtcNow(), listed.GetProperty("lastSentAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Send_GoneAndBrokenDevices_404And410AreForgotten_500IsKept_AndTheOthersStillGetTheirs()
    {
        await using var push = await LoopbackPushService.StartAsync();
        using var notFound = push.NewDevice(HttpStatusCode.NotFound);
        using var gone = push.NewDevice(HttpStatusCode.Gone);
        using var broken = push.NewDevice(HttpStatusCode.InternalServerError);
        using var working = push.NewDevice();
        var user = await TestUser.CreateAsync(app);
        var ids = new Dictionary<TestPushDevice, Guid>();
        foreach (var device in new[] { notFound, gone, broken, working })
        {
            ids[device] = await AddAsync(user, device); // sent in this order: the failures come first
        }

        var accepted = await Sender.SendAsync(user.Id, new PushNotice("A questionnaire is due", "Open Lantern when you are ready.", "/questionnaires"), Ct);

        Assert.Equal(1, accepted);
        Assert.All(new[] { notFound, gone, broken, working }, d => Assert.Single(push.SentTo(d)));
        var payload = JsonDocument.Parse(working.DecryptText(Assert.Single(push.SentTo(working)).Body)).RootElement;
        Assert.Equal("A questionnaire is due", payload.GetProperty("title").GetString());
        Assert.False(payload.TryGetProperty("stopUrl", out _));

        var left = (await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/push-subscriptions", Ct)).EnumerateArray()
            .Select(d => d.GetProperty("id").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { ids[broken], ids[working] }, left);
    }

    [Fact]
    public async Task Send_NeitherEndpointsNorWhatWasSentReachTheLog()
    {
        await using var push = await LoopbackPushService.StartAsync();
        using var device = push.NewDevice();
        using var refused = push.NewDevice(HttpStatusCode.BadRequest);
        var user = await TestUser.CreateAsync(app);
        await AddAsync(user, device);
        await AddAsync(user, refused);
        var canary = "canary-" + Guid.NewGuid().ToString("N");

        await Sender.SendAsync(user.Id, new PushNotice(canary, canary, "/"), Ct);

        var lines = app.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(s => s.Value) ?? [])).ToArray();
        Assert.Contains(lines, l => l.Contains(user.Id.ToString(), StringComparison.Ordinal));
        foreach (var secret in new[] { canary, new Uri(device.Endpoint).AbsolutePath, new Uri(refused.Endpoint).AbsolutePath, device.P256dh })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Send_PersonWithoutDevices_SendsNothing()
    {
        var user = await TestUser.CreateAsync(app);

        Assert.Equal(0, await Sender.SendAsync(user.Id, new PushNotice("Title", "Body", "/"), Ct));
    }

    [Fact]
    public async Task Send_AnAddressOffThisSite_IsRefusedBeforeAnythingIsSent()
    {
        var user = await TestUser.CreateAsync(app);

        await Assert.ThrowsAsync<ArgumentException>(() => Sender.SendAsync(user.Id, new PushNotice("Title", "Body", "https://evil.example/"), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Sender.SendAsync(user.Id, new PushNotice("Title", "Body", "//evil.example/"), Ct));
    }

    private static async Task<Guid> AddAsync(TestUser user, TestPushDevice device)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/me/push-subscriptions", device.Subscription(), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// RFC 8292's audience is the push resource's origin. Lib.Net.Http.WebPush 3.3.1 writes the scheme and host and
    /// leaves out the port: the same as the origin for every real push service (https on its default port), not for
    /// this test's service on a loopback port, whose port is therefore left out here too.
    /// </summary>
    private static string Audience(Uri endpoint) => $"{endpoint.Scheme}://{endpoint.Host}";

    /// <summary>Authorization: vapid t=&lt;JWT&gt;, k=&lt;public key&gt; (RFC 8292 section 3).</summary>
    private static (string Token, string Key) ReadVapidHeader(string header)
    {
        Assert.StartsWith("vapid ", header, StringComparison.Ordinal);
        var parameters = header["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return (parameters["t"], parameters["k"]);
    }

    /// <summary>Checks the JWT's ES256 signature with the k public key (.NET's ECDsa) and returns its claims.</summary>
    private static JsonElement VerifyJwt(string token, string key)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement;
        Assert.Equal("ES256", header.GetProperty("alg").GetString());

        var point = Base64Url.DecodeFromChars(key);
        Assert.Equal(65, point.Length);
        using var verifier = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = point[1..33], Y = point[33..] },
        });
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        Assert.True(verifier.VerifyData(signed, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation), "The VAPID JWT's signature does not verify with its k key.");
        return JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
    }
}
