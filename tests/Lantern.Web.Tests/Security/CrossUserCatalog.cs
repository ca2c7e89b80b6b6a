using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// For every route that takes an id: how to create a record owned by user A and return A's id(s), and
/// how to check afterwards that A's record is untouched. A route with an id parameter that is missing
/// here fails <see cref="CrossUserRouteTests"/>, so new features cannot forget their cross-user check.
/// </summary>
public static class CrossUserCatalog
{
    public sealed record Seeded(IReadOnlyDictionary<string, string> RouteValues, Func<Task<bool>> StillIntact);

    public sealed record Entry(string Key, Func<TestUser, Task<Seeded>> SeedOwnedByA);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new("DELETE /api/v1/me/sessions/{id:guid}", async owner =>
        {
            var otherDevice = await owner.SignInOnNewClientAsync();
            var sessions = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/sessions", Ct);
            var id = sessions.EnumerateArray().First(s => !s.GetProperty("isCurrent").GetBoolean()).GetProperty("id").GetGuid();
            return new Seeded(
                new Dictionary<string, string> { ["id"] = id.ToString() },
                async () => await HttpAssertions.MeStatusAsync(otherDevice) == System.Net.HttpStatusCode.OK);
        }),
        new("GET /api/v1/checkins/{id:guid}", JourneySeeds.CheckInAsync),
        new("PUT /api/v1/checkins/{id:guid}", JourneySeeds.CheckInAsync),
        new("DELETE /api/v1/checkins/{id:guid}", JourneySeeds.CheckInAsync),
        new("GET /api/v1/questionnaires/responses/{id:guid}", JourneySeeds.QuestionnaireResponseAsync),
        new("POST /api/v1/alerts/{id:guid}/acknowledge", JourneySeeds.OpenAlertAsync),
    ];
}
