using System.Net;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>The planned sessions leave as iCalendar, read back with Ical.Net as a calendar app would read them.</summary>
public sealed class CalendarExportTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    // US clocks go back on 1 November 2026: 10:00 is 15:00 UTC before and 16:00 UTC after.
    [InlineData("America/Chicago", "2026-10-27", "2026-11-03", 15, 16)]
    // UK clocks go back on 25 October 2026: 10:00 is 09:00 UTC before and 10:00 UTC after.
    [InlineData("Europe/London", "2026-10-20", "2026-10-27", 9, 10)]
    public async Task Calendar_ParsedBackWithIcalNet_SameLocalTimeEitherSideOfADstChange(string zone, string before, string after, int utcHourBefore, int utcHourAfter)
    {
        var patient = await TestUser.CreateAsync(app, timeZone: zone);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course(before, after));

        var response = await patient.Client.GetAsync($"/api/v1/courses/{course.GetProperty("id").GetGuid()}/calendar.ics", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var timeZone = Assert.Single(calendar.TimeZones);
        Assert.Equal(zone, timeZone.TzId);
        Assert.Contains("BEGIN:DAYLIGHT", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD", text, StringComparison.Ordinal);

        var events = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ToArray();
        Assert.Equal(2, events.Length);
        Assert.All(events, e =>
        {
            Assert.Equal(zone, e.DtStart!.TzId);
            Assert.Equal(10, e.DtStart.Value.Hour);
            Assert.Equal(TimeSpan.FromHours(3), e.DtEnd!.AsUtc - e.DtStart.AsUtc);
        });
        Assert.Equal(DateTime.Parse(before + $"T{utcHourBefore:00}:00:00Z", null, System.Globalization.DateTimeStyles.AdjustToUniversal), events[0].DtStart!.AsUtc);
        Assert.Equal(DateTime.Parse(after + $"T{utcHourAfter:00}:00:00Z", null, System.Globalization.DateTimeStyles.AdjustToUniversal), events[1].DtStart!.AsUtc);
    }

    [Fact]
    public async Task Calendar_TitlesPrivateDescriptionsUseful_NoDose_OneUidPerSession()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-12-01", "2026-12-08"));
        var id = course.GetProperty("id").GetGuid();

        var text = await patient.Client.GetStringAsync($"/api/v1/courses/{id}/calendar.ics", Ct);
        var events = Ical.Net.Calendar.Load(text)!.Events.OrderBy(e => e.DtStart!.AsUtc).ToArray();

        Assert.Equal(["Lantern session 1 of 2", "Lantern session 2 of 2"], events.Select(e => e.Summary));
        Assert.All(events, e =>
        {
            Assert.DoesNotContain("ketamine", e.Summary, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(SessionsApi.ProviderPhone, e.Description, StringComparison.Ordinal);
            Assert.Contains("No driving until tomorrow", e.Description, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("As written on my plan", text, StringComparison.Ordinal);
        Assert.Equal(course.GetProperty("sessions").EnumerateArray().Select(s => $"{s.GetProperty("id").GetGuid():N}@lantern"), events.Select(e => e.Uid));
    }

    /// <summary>Issue 16: each session carries two display alarms, parsed back by Ical.Net: the day before and two hours before.</summary>
    [Fact]
    public async Task Calendar_EachSession_RemindsTheDayBeforeAndTwoHoursBefore_WithoutAMedicineOrDose()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-12-01", "2026-12-08"));

        var text = await patient.Client.GetStringAsync($"/api/v1/courses/{course.GetProperty("id").GetGuid()}/calendar.ics", Ct);
        var events = Ical.Net.Calendar.Load(text)!.Events.ToArray();

        Assert.Equal(2, events.Length);
        Assert.All(events, e =>
        {
            var alarms = e.Alarms.OrderBy(a => a.Trigger!.Duration!.Value.ToTimeSpanUnspecified()).ToArray();
            Assert.Equal(2, alarms.Length);
            Assert.All(alarms, a => Assert.Equal("DISPLAY", a.Action));
            Assert.Equal(TimeSpan.FromDays(-1), alarms[0].Trigger!.Duration!.Value.ToTimeSpanUnspecified());
            Assert.Equal(TimeSpan.FromHours(-2), alarms[1].Trigger!.Duration!.Value.ToTimeSpanUnspecified());
            Assert.Contains("tomorrow", alarms[0].Description, StringComparison.Ordinal);
            Assert.Contains("blood pressure", alarms[1].Description, StringComparison.Ordinal);
            Assert.All(alarms, a => Assert.DoesNotContain("ketamine", a.Description, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task Calendar_OnlyUpcomingSessions_AndEveryExportIsAudited()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-12-01", "2026-12-08"));
        var id = course.GetProperty("id").GetGuid();
        var first = SessionsApi.FirstSessionId(course);
        await SessionsApi.PutSessionAsync(patient.Client, first, new { state = "cancelled" });

        var text = await patient.Client.GetStringAsync($"/api/v1/courses/{id}/calendar.ics", Ct);

        Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.RecordExported && e.ActorId == patient.Id && e.ResourceId == id.ToString(), Ct));
    }
}
