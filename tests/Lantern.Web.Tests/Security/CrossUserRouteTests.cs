using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// SEC-01/02: user B using user A's id on any route gets exactly the 404 a random id gets, and A's
/// record is unchanged. The routes come from the live route table, so new routes are covered.
/// </summary>
public sealed class CrossUserRouteTests(SharedApp app)
{
    // Route values that name public things, not anyone's records: a status code, the OpenAPI document,
    // a catch-all path, a guide article's slug, a questionnaire's instrument code (phq9, gad7, pcl5). A calendar feed's
    // secret is the key itself, not an id: whoever holds it reads that feed, by design (CalendarFeedTests cover guessing).
    // So is a reminder's stop link, which stops one kind of reminder signed out, by design (ReminderSettingsTests cover
    // altered links and links made for another purpose).
    private static readonly HashSet<string> NotRecordIds = ["code", "documentName", "path", "slug", "instrument", "feedToken", "stopToken"];

    [Fact]
    public void EveryRouteWithAnId_HasACrossUserCatalogEntry()
    {
        var catalogued = CrossUserCatalog.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var missing = EndpointInventory.Read(app.Services)
            .Where(r => r.Parameters.Any(p => !NotRecordIds.Contains(p)))
            .Where(r => !catalogued.Contains(r.Key))
            .Select(r => r.Key)
            .ToArray();
        var stale = catalogued.Where(key => EndpointInventory.Read(app.Services).All(r => r.Key != key)).ToArray();

        Assert.True(missing.Length == 0, "Routes with an id but no cross-user seeder in CrossUserCatalog: " + string.Join(", ", missing));
        Assert.True(stale.Length == 0, "Catalog entries for routes that no longer exist: " + string.Join(", ", stale));
    }

    public static TheoryData<string> CatalogKeys() => new(CrossUserCatalog.Entries.Select(e => e.Key));

    [Theory]
    [MemberData(nameof(CatalogKeys))]
    public async Task OtherUsersId_Returns404IdenticalToRandomId_AndLeavesRecordIntact(string key)
    {
        var entry = CrossUserCatalog.Entries.Single(e => e.Key == key);
        var route = EndpointInventory.Read(app.Services).Single(r => r.Key == key);
        var owner = await TestUser.CreateAsync(app);
        var intruder = await TestUser.CreateAsync(app);
        var seeded = await entry.SeedOwnedByA(owner);

        var withOwnersId = await SendAsync(intruder.Client, route, EndpointInventory.Fill(route, seeded.RouteValues));
        var withRandomId = await SendAsync(intruder.Client, route, EndpointInventory.Fill(route));

        Assert.Equal(HttpStatusCode.NotFound, withOwnersId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withRandomId.StatusCode);
        Assert.Equal(await HttpAssertions.ProblemWithoutTraceIdAsync(withRandomId), await HttpAssertions.ProblemWithoutTraceIdAsync(withOwnersId));
        Assert.True(await seeded.StillIntact(), $"{key}: the owner's record changed after another user's request.");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, RouteEntry route, string path)
    {
        var method = route.Method == "*" ? HttpMethod.Get : new HttpMethod(route.Method);
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
