using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Cross-user seeders for every taper route with an id (issue 6): A's medicine, or A's plan with an event and a
/// journal day with a note. "Intact" means A still sees exactly what A had, down to the plan's version.
/// </summary>
public static class TaperCrossUserSeeds
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] MedicationRoutes =
    [
        "GET /api/v1/medications/{id:guid}",
        "PUT /api/v1/medications/{id:guid}",
        "DELETE /api/v1/medications/{id:guid}",
        "* /taper/medicines/{id:guid}",
    ];

    private static readonly string[] PlanRoutes =
    [
        "GET /api/v1/tapers/{id:guid}",
        "PUT /api/v1/tapers/{id:guid}",
        "DELETE /api/v1/tapers/{id:guid}",
        "POST /api/v1/tapers/{id:guid}/events",
        "GET /api/v1/tapers/{id:guid}/journal",
        "POST /api/v1/tapers/{id:guid}/journal",
        "GET /api/v1/tapers/{id:guid}/plan.pdf",
        "GET /api/v1/tapers/{id:guid}/calendar.ics",
        "GET /api/v1/tapers/{id:guid}/schedule.csv",
        "* /taper/plans/{id:guid}",
        "* /taper/plans/{id:guid}/edit",
        "* /taper/plans/{id:guid}/print",
        "* /taper/plans/{id:guid}/journal",
    ];

    public static IEnumerable<CrossUserCatalog.Entry> Entries =>
        MedicationRoutes.Select(key => new CrossUserCatalog.Entry(key, SeedMedicationAsync))
            .Concat(PlanRoutes.Select(key => new CrossUserCatalog.Entry(key, SeedPlanAsync)));

    private static async Task<CrossUserCatalog.Seeded> SeedMedicationAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/medications", new { drug = "sertraline", doseMg = 100, formulation = "tablets" }, Ct);
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();
        var before = await owner.Client.GetStringAsync($"/api/v1/medications/{id}", Ct);
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var now = await owner.Client.GetAsync($"/api/v1/medications/{id}", Ct);
                return now.StatusCode == HttpStatusCode.OK && await now.Content.ReadAsStringAsync(Ct) == before;
            });
    }

    private static async Task<CrossUserCatalog.Seeded> SeedPlanAsync(TestUser owner)
    {
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(owner));
        await TaperApi.RecordEventAsync(owner, id, new { kind = "step-taken", date = "2026-10-01", doseTakenMg = 90 });
        await TaperApi.RecordJournalAsync(owner, id, new { ratings = TaperApi.Ratings((1, 1)), symptomsTolerable = true, mood = 6, note = "owner's note" });
        var before = await SnapshotAsync(owner, id);
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () => await SnapshotAsync(owner, id) == before);
    }

    /// <summary>Version, events and journal as the owner sees them; any change by another user would show here.</summary>
    private static async Task<string> SnapshotAsync(TestUser owner, Guid id)
    {
        var plan = await owner.Client.GetAsync($"/api/v1/tapers/{id}", Ct);
        if (plan.StatusCode != HttpStatusCode.OK)
        {
            return $"plan {(int)plan.StatusCode}";
        }

        var body = await HttpAssertions.ReadJsonAsync(plan);
        var journal = await owner.Client.GetFromJsonAsync<JsonElement>($"/api/v1/tapers/{id}/journal", Ct);
        return string.Join("|", body.GetProperty("version"), body.GetProperty("events"), journal.GetProperty("entries"));
    }
}
