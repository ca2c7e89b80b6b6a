using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// A booster added between the course's sessions once took a course number, so "Session 2" vanished from the list and
/// the calendar. The course keeps its numbers 1 to N; boosters are counted on their own.
/// </summary>
public sealed partial class SessionNumberingTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddBooster_BetweenCourseSessions_CourseKeepsEveryNumberAndBoostersAreCountedApart()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-12-01", "2026-12-08", "2026-12-15"));
        var id = course.GetProperty("id").GetGuid();

        // One booster through the page, dated before session 2, and one through the API after the course.
        var added = await PageForms.SubmitAsync(patient.Client, $"/sessions/courses/{id}?handler=Booster", [("Booster.Date", "2026-12-03"), ("Booster.Time", "10:00")]);
        var api = await patient.Client.PostAsync($"/api/v1/courses/{id}/sessions",
            System.Net.Http.Json.JsonContent.Create(new { date = "2026-12-20", time = "10:00", isBooster = true }), Ct);
        var page = await PageForms.GetPageAsync(patient.Client, $"/sessions/courses/{id}");
        var calendar = await patient.Client.GetStringAsync($"/api/v1/courses/{id}/calendar.ics", Ct);

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.True(api.IsSuccessStatusCode, $"{(int)api.StatusCode}");
        var labels = FirstCell().Matches(page).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["Session 1", "Booster 1", "Session 2", "Session 3", "Booster 2"], labels);
        var titles = Ical.Net.Calendar.Load(calendar)!.Events.OrderBy(e => e.DtStart!.AsUtc).Select(e => e.Summary).ToArray();
        Assert.Equal(["Lantern session 1 of 3", "Lantern booster 1", "Lantern session 2 of 3", "Lantern session 3 of 3", "Lantern booster 2"], titles);
    }

    [GeneratedRegex("<tr>\\s*<td>([^<]+)</td>")]
    private static partial Regex FirstCell();
}
