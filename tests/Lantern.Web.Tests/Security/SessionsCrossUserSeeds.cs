using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>
/// Cross-user seeders for every ketamine-sessions route with an id (issue 5): A's course, or A's session started with a
/// check, side effects and a journal answer already in it. "Intact" means A still reads exactly what A had.
/// </summary>
internal static class SessionsCrossUserSeeds
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] CourseRoutes =
    [
        "GET /api/v1/courses/{id:guid}",
        "PUT /api/v1/courses/{id:guid}",
        "DELETE /api/v1/courses/{id:guid}",
        "GET /api/v1/courses/{id:guid}/calendar.ics",
        "POST /api/v1/courses/{id:guid}/sessions",
        "* /sessions/courses/{id:guid}",
        "* /sessions/courses/{id:guid}/edit",
    ];

    private static readonly string[] SessionRoutes =
    [
        "GET /api/v1/sessions/{id:guid}",
        "PUT /api/v1/sessions/{id:guid}",
        "POST /api/v1/sessions/{id:guid}/vitals",
        "POST /api/v1/sessions/{id:guid}/checks",
        "POST /api/v1/sessions/{id:guid}/side-effects",
        "GET /api/v1/sessions/{id:guid}/journal",
        "POST /api/v1/sessions/{id:guid}/journal",
        "* /sessions/{id:guid}",
        "* /sessions/{id:guid}/day",
        "* /sessions/{id:guid}/after",
    ];

    public static IEnumerable<CrossUserCatalog.Entry> Entries =>
        CourseRoutes.Select(key => new CrossUserCatalog.Entry(key, SeedCourseAsync))
            .Concat(SessionRoutes.Select(key => new CrossUserCatalog.Entry(key, SeedSessionAsync)));

    private static async Task<CrossUserCatalog.Seeded> SeedCourseAsync(TestUser owner)
    {
        var id = (await SessionsApi.CreateCourseAsync(owner)).GetProperty("id").GetGuid();
        var path = $"/api/v1/courses/{id}";
        var before = await SnapshotAsync(owner, path);
        return new CrossUserCatalog.Seeded(new Dictionary<string, string> { ["id"] = id.ToString() }, async () => await SnapshotAsync(owner, path) == before);
    }

    private static async Task<CrossUserCatalog.Seeded> SeedSessionAsync(TestUser owner)
    {
        var id = await SessionsApi.NewSessionAsync(owner);
        await SessionsApi.StartAsync(owner, id);
        Assert.Equal(HttpStatusCode.Created, (await SessionsApi.PostCheckAsync(owner.Client, id, note: "owner's check")).StatusCode);
        var journal = await owner.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { whatCameUp = "owner's journal" }, Ct);
        Assert.True(journal.IsSuccessStatusCode, $"Journal: {(int)journal.StatusCode}");
        var path = $"/api/v1/sessions/{id}";
        var before = await SnapshotAsync(owner, path);
        return new CrossUserCatalog.Seeded(new Dictionary<string, string> { ["id"] = id.ToString() }, async () => await SnapshotAsync(owner, path) == before);
    }

    /// <summary>The owner's own read, byte for byte; the test clock stands still, so any difference is a change.</summary>
    private static async Task<string> SnapshotAsync(TestUser owner, string path)
    {
        var read = await owner.Client.GetAsync(path, Ct);
        return read.StatusCode == HttpStatusCode.OK ? await read.Content.ReadAsStringAsync(Ct) : $"status {(int)read.StatusCode}";
    }
}
