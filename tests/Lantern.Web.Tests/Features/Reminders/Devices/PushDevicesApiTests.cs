using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Push;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Platform.Push;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Reminders.Devices;

/// <summary>/api/v1/me/push-subscriptions and /api/v1/me/push/public-key on a real database (issue 16).</summary>
public sealed class PushDevicesApiTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddListRemove_TheOwnersDevice_ShowsItsNameAndTimesButNeverItsEndpointOrKeys()
    {
        var user = await TestUser.CreateAsync(app);
        using var device = TestPushDevice.Unreachable();

        var added = await user.Client.PostAsJsonAsync(PushDevicesApi.Path, device.Subscription("Kitchen tablet"), Ct);
        var listed = await user.Client.GetAsync(PushDevicesApi.Path, Ct);
        var listedText = await listed.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var body = await added.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(7, id.Version);
        Assert.Equal($"{PushDevicesApi.Path}/{id}", added.Headers.Location!.OriginalString);
        Assert.Equal("Kitchen tablet", body.GetProperty("deviceName").GetString());
        Assert.Equal(app.Time.GetUtcNow(), body.GetProperty("addedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lastSentAt").ValueKind);
        var only = Assert.Single(JsonDocument.Parse(listedText).RootElement.EnumerateArray());
        Assert.Equal(id, only.GetProperty("id").GetGuid());
        foreach (var secret in new[] { device.Endpoint, device.P256dh, device.Auth })
        {
            Assert.DoesNotContain(secret, listedText, StringComparison.Ordinal);
        }

        var removed = await user.Client.DeleteAsync($"{PushDevicesApi.Path}/{id}", Ct);
        var removedAgain = await user.Client.DeleteAsync($"{PushDevicesApi.Path}/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Empty(await PushDevicesApi.IdsAsync(user.Client));
    }

    [Fact]
    public async Task Add_WithoutAName_NamesTheDeviceFromTheBrowser()
    {
        var user = await TestUser.CreateAsync(app);
        using var device = TestPushDevice.Unreachable();
        using var request = new HttpRequestMessage(HttpMethod.Post, PushDevicesApi.Path) { Content = JsonContent.Create(device.Subscription()) };
        request.Headers.UserAgent.ParseAdd("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36");

        var response = await user.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Chrome on Android", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("deviceName").GetString());
    }

    [Fact]
    public async Task Add_TheSameEndpointAgain_UpdatesTheOneDeviceInsteadOfAddingASecond()
    {
        var user = await TestUser.CreateAsync(app);
        using var device = TestPushDevice.Unreachable();
        var first = await user.Client.PostAsJsonAsync(PushDevicesApi.Path, device.Subscription("Phone"), Ct);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var again = await user.Client.PostAsJsonAsync(PushDevicesApi.Path, device.Subscription("My phone"), Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        Assert.Equal("My phone", body.GetProperty("deviceName").GetString());
        Assert.Equal([id], await PushDevicesApi.IdsAsync(user.Client));
    }

    [Fact]
    public async Task Add_AnEndpointAnotherPersonRegistered_MovesItToTheNewPersonUnderANewId()
    {
        var before = await TestUser.CreateAsync(app);
        var after = await TestUser.CreateAsync(app);
        using var device = TestPushDevice.Unreachable();
        var first = await before.Client.PostAsJsonAsync(PushDevicesApi.Path, device.Subscription(), Ct);
        var oldId = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var second = await after.Client.PostAsJsonAsync(PushDevicesApi.Path, device.Subscription(), Ct);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var newId = (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.NotEqual(oldId, newId);
        Assert.Empty(await PushDevicesApi.IdsAsync(before.Client));
        Assert.Equal([newId], await PushDevicesApi.IdsAsync(after.Client));
    }

    [Fact]
    public async Task Remove_AnotherPersonsDevice_IsNotFoundAndTheirsStays()
    {
        var owner = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var id = await PushDevicesApi.AddAsync(owner);

        var response = await other.Client.DeleteAsync($"{PushDevicesApi.Path}/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal([id], await PushDevicesApi.IdsAsync(owner.Client));
        Assert.Empty(await PushDevicesApi.IdsAsync(other.Client));
    }

    public static TheoryData<string> RefusedEndpoints() =>
    [
        "http://push.example.org/send/abc",
        // A test's loopback service is allowed only when Push:AllowLoopbackHttpEndpoints is on (off here, as in production).
        "http://127.0.0.1:9/push/abc",
        "https://127.0.0.1/push/abc",
        "https://10.0.0.7/push/abc",
        "https://[::1]/push/abc",
        "https://localhost/push/abc",
        "https://user:secret@push.example.org/send/abc",
        "ftp://push.example.org/send/abc",
        "/send/abc",
        "",
    ];

    [Theory]
    [MemberData(nameof(RefusedEndpoints))]
    public async Task Add_AnEndpointThatIsNotAPushServicesHttpsAddress_Is400NamingEndpoint(string endpoint)
    {
        var user = await TestUser.CreateAsync(app);
        using var device = TestPushDevice.Unreachable();

        var response = await user.Client.PostAsJsonAsync(PushDevicesApi.Path, new { endpoint, keys = new { p256dh = device.P256dh, auth = device.Auth } }, Ct);

        Assert.Equal(["endpoint"], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty(await PushDevicesApi.IdsAsync(user.Client));
    }

    [Fact]
    public async Task Add_KeysThatAreNotABrowsersKeys_Is400NamingEachKey()
    {
        var user = await TestUser.CreateAsync(app);
        using var device = TestPushDevice.Unreachable();
        var notOnTheCurve = Base64Url.EncodeToString([0x04, .. new byte[64]]);

        var wrong = await user.Client.PostAsJsonAsync(PushDevicesApi.Path,
            new { endpoint = device.Endpoint, keys = new { p256dh = notOnTheCurve, auth = "c2hvcnQ" } }, Ct);
        var missing = await user.Client.PostAsJsonAsync(PushDevicesApi.Path, new { endpoint = device.Endpoint }, Ct);

        Assert.Equal(["keys.auth", "keys.p256dh"], await HttpAssertions.ProblemFieldsAsync(wrong));
        Assert.Equal(["keys.auth", "keys.p256dh"], await HttpAssertions.ProblemFieldsAsync(missing));
    }

    [Fact]
    public async Task PublicKey_IsTheServersVapidPublicKey_AnUncompressedP256Point()
    {
        var user = await TestUser.CreateAsync(app);

        var body = await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/push/public-key", Ct);

        var key = body.GetProperty("publicKey").GetString()!;
        var point = Base64Url.DecodeFromChars(key);
        Assert.Equal(65, point.Length);
        Assert.Equal(0x04, point[0]);
        Assert.Equal((await app.Services.GetRequiredService<VapidKeyStore>().GetAsync(Ct)).PublicKey, key);
    }

    [Fact]
    public async Task Endpoints_SignedOut_Are401()
    {
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/me/push/public-key", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(PushDevicesApi.Path, Ct)).StatusCode);
    }
}
