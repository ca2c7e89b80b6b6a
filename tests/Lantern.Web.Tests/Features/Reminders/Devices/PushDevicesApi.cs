using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Platform.Push;

namespace Lantern.Web.Tests.Features.Reminders.Devices;

/// <summary>Adding and listing a person's push devices through the API, for the tests and the security catalogs.</summary>
public static class PushDevicesApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string Path = "/api/v1/me/push-subscriptions";

    /// <summary>Adds a new device (on a push service never called) for <paramref name="user"/>; its id.</summary>
    public static async Task<Guid> AddAsync(TestUser user, string? deviceName = null)
    {
        using var device = TestPushDevice.Unreachable();
        var response = await user.Client.PostAsJsonAsync(Path, device.Subscription(deviceName), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid[]> IdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(Path, Ct)).EnumerateArray().Select(d => d.GetProperty("id").GetGuid())];
}
