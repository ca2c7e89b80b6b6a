using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>Cross-user seeders for every opioid-log route with an id: A's logged opioid, unchanged afterwards.</summary>
public static class PainCrossUserSeeds
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Routes =
    [
        "GET /api/v1/opioid-doses/{id:guid}",
        "PUT /api/v1/opioid-doses/{id:guid}",
        "DELETE /api/v1/opioid-doses/{id:guid}",
        "* /pain/opioids/{id:guid}",
    ];

    public static IEnumerable<CrossUserCatalog.Entry> Entries => Routes.Select(key => new CrossUserCatalog.Entry(key, SeedDoseAsync));

    private static async Task<CrossUserCatalog.Seeded> SeedDoseAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/opioid-doses", new { opioid = "oxycodone", dailyDose = 30, from = "2026-11-01" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var before = await owner.Client.GetStringAsync($"/api/v1/opioid-doses/{id}", Ct);
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var now = await owner.Client.GetAsync($"/api/v1/opioid-doses/{id}", Ct);
                return now.StatusCode == HttpStatusCode.OK && await now.Content.ReadAsStringAsync(Ct) == before;
            });
    }
}
