using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>Cross-user seeders for the patient-journey routes: a record owned by A, and a check that it is unchanged.</summary>
internal static class JourneySeeds
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CrossUserCatalog.Seeded> CheckInAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/checkins",
            new { mood = 6, anxiety = 3, sleepHours = 7.5, energy = 5, note = "owner's note" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checkIn").GetProperty("id").GetGuid();
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var read = await owner.Client.GetAsync($"/api/v1/checkins/{id}", Ct);
                if (read.StatusCode != HttpStatusCode.OK)
                {
                    return false;
                }

                var body = await read.Content.ReadFromJsonAsync<JsonElement>(Ct);
                return body.GetProperty("mood").GetInt32() == 6 && body.GetProperty("note").GetString() == "owner's note";
            });
    }

    public static async Task<CrossUserCatalog.Seeded> CheckInTagAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/checkin-tags", new { name = "owner's walk" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var tags = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/checkin-tags", Ct);
                return tags.EnumerateArray().Any(t => t.GetProperty("id").GetGuid() == id && t.GetProperty("name").GetString() == "owner's walk");
            });
    }

    public static async Task<CrossUserCatalog.Seeded> QuestionnaireResponseAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/questionnaires/gad7/responses", new { answers = new[] { 1, 2, 1, 0, 0, 1, 2 } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () => (await owner.Client.GetAsync($"/api/v1/questionnaires/responses/{id}", Ct)).StatusCode == HttpStatusCode.OK);
    }

    /// <summary>A PHQ-9 whose item 9 asks the right-now question; intact means no answer was taken for it (no emergency alert).</summary>
    public static async Task<CrossUserCatalog.Seeded> Phq9AskingRightNowAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 } }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var alerts = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?status=all", Ct);
                return (await owner.Client.GetAsync($"/api/v1/questionnaires/responses/{id}", Ct)).StatusCode == HttpStatusCode.OK
                    && alerts.EnumerateArray().All(a => a.GetProperty("flagCode").GetString() != "suicidal-thoughts-right-now");
            });
    }

    public static async Task<CrossUserCatalog.Seeded> OpenAlertAsync(TestUser owner)
    {
        var checkedSigns = await owner.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs = new[] { "unable-to-function" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, checkedSigns.StatusCode);
        var id = (await checkedSigns.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("safety").GetProperty("alertIds")[0].GetGuid();
        return new CrossUserCatalog.Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var open = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?status=open", Ct);
                return open.EnumerateArray().Any(a => a.GetProperty("id").GetGuid() == id && a.GetProperty("acknowledgedAt").ValueKind == JsonValueKind.Null);
            });
    }
}
