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
        new("GET /api/v1/clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        new("PUT /api/v1/clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        new("DELETE /api/v1/clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
        new("* /clinic-checklists/{id:guid}", SeedClinicChecklistAsync),
    ];

    /// <summary>A clinic checklist owned by A; intact means A still reads it with the same name, answer and notes.</summary>
    private static async Task<Seeded> SeedClinicChecklistAsync(TestUser owner)
    {
        var created = await owner.Client.PostAsJsonAsync("/api/v1/clinic-checklists", new
        {
            clinicName = "Owner's clinic",
            answers = new[] { new { question = "licensed", answer = "yes", notes = "owner's note" } },
        }, Ct);
        created.EnsureSuccessStatusCode();
        var id = (await HttpAssertions.ReadJsonAsync(created)).GetProperty("id").GetGuid();
        return new Seeded(
            new Dictionary<string, string> { ["id"] = id.ToString() },
            async () =>
            {
                var read = await owner.Client.GetAsync($"/api/v1/clinic-checklists/{id}", Ct);
                if (!read.IsSuccessStatusCode)
                {
                    return false;
                }

                var body = await HttpAssertions.ReadJsonAsync(read);
                var first = body.GetProperty("answers")[0];
                return body.GetProperty("clinicName").GetString() == "Owner's clinic"
                    && first.GetProperty("answer").GetString() == "yes"
                    && first.GetProperty("notes").GetString() == "owner's note";
            });
    }
}
