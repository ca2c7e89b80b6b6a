using System.Net;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// Issue 5, "dosing-day mode": the time since the dose and every prompt are computed on the server from the clock: a
/// check every 15 minutes counted from the last one, the blood-pressure prompt from 40 minutes until a reading is in,
/// and two hours before finishing without a confirmation.
/// </summary>
public sealed class DosingDayTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static JsonElement Monitoring(JsonElement session) => session.GetProperty("monitoring");

    [Fact]
    public async Task Checks_DueFifteenMinutesAfterTheDose_ThenFifteenAfterEachCheck()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        var dosedAt = (await SessionsApi.StartAsync(patient, id)).GetProperty("dosedAt").GetDateTimeOffset();

        var atStart = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));
        await SessionsApi.AdvanceAsync(app, 14, patient);
        var at14 = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));
        await SessionsApi.AdvanceAsync(app, 2, patient);
        var at16 = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));
        var logged = await SessionsApi.PostCheckAsync(patient.Client, id);
        var afterCheck = Monitoring((await HttpAssertions.ReadJsonAsync(logged)).GetProperty("session"));
        await SessionsApi.AdvanceAsync(app, 14, patient);
        var at30 = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));
        await SessionsApi.AdvanceAsync(app, 1, patient);
        var at31 = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));

        Assert.False(atStart.GetProperty("checkDue").GetBoolean());
        Assert.Equal(dosedAt.AddMinutes(15), atStart.GetProperty("nextCheckAt").GetDateTimeOffset());
        Assert.False(at14.GetProperty("checkDue").GetBoolean());
        Assert.Equal(1, at14.GetProperty("minutesUntilNextCheck").GetInt32());
        Assert.True(at16.GetProperty("checkDue").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.False(afterCheck.GetProperty("checkDue").GetBoolean());
        Assert.Equal(dosedAt.AddMinutes(31), afterCheck.GetProperty("nextCheckAt").GetDateTimeOffset());
        Assert.False(at30.GetProperty("checkDue").GetBoolean());
        Assert.True(at31.GetProperty("checkDue").GetBoolean());
        Assert.Equal(31, at31.GetProperty("minutesSinceDose").GetInt32());
    }

    [Fact]
    public async Task BloodPressurePrompt_DueFromFortyMinutesUntilAReadingIsRecorded()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);

        await SessionsApi.AdvanceAsync(app, 20, patient);
        var early = await HttpAssertions.ReadJsonAsync(await SessionsApi.PostVitalsAsync(patient.Client, id, 128, 82));
        await SessionsApi.AdvanceAsync(app, 19, patient);
        var at39 = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));
        await SessionsApi.AdvanceAsync(app, 1, patient);
        var at40 = Monitoring(await SessionsApi.GetSessionAsync(patient.Client, id));
        var reading = await HttpAssertions.ReadJsonAsync(await SessionsApi.PostVitalsAsync(patient.Client, id, 134, 86));

        Assert.Equal("during", early.GetProperty("reading").GetProperty("timing").GetString());
        Assert.False(at39.GetProperty("bloodPressureDue").GetBoolean());
        Assert.True(at40.GetProperty("bloodPressureDue").GetBoolean());
        Assert.Equal("forty-minutes", reading.GetProperty("reading").GetProperty("timing").GetString());
        Assert.Equal(40, reading.GetProperty("reading").GetProperty("minutesAfterDose").GetInt32());
        Assert.False(Monitoring(reading.GetProperty("session")).GetProperty("bloodPressureDue").GetBoolean());
        Assert.True(Monitoring(reading.GetProperty("session")).GetProperty("bloodPressureRecorded").GetBoolean());
    }

    [Fact]
    public async Task Start_DoseTakenEarlier_TimeSinceDoseCountsFromThen()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var session = await SessionsApi.StartAsync(patient, id, minutesAgo: 45);
        var tooEarly = await SessionsApi.PutSessionAsync(patient.Client, await SessionsApi.NewSessionAsync(patient), new { state = "started", dosedMinutesAgo = 181 });

        var monitoring = Monitoring(session);
        Assert.Equal(45, monitoring.GetProperty("minutesSinceDose").GetInt32());
        Assert.True(monitoring.GetProperty("checkDue").GetBoolean());
        Assert.True(monitoring.GetProperty("bloodPressureDue").GetBoolean());
        Assert.Equal(["dosedMinutesAgo"], await HttpAssertions.ProblemFieldsAsync(tooEarly));
    }

    [Fact]
    public async Task Finish_BeforeTwoHours_NeedsHowAreYouAndAConfirmation()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 90);

        var bare = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished" });
        var noConfirm = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "okay" });
        var confirmed = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "mixed", confirmEarlyFinish = true, closingNote = "Tired but calm" });

        Assert.Equal(["closingFeeling", "confirmEarlyFinish"], await HttpAssertions.ProblemFieldsAsync(bare));
        Assert.Equal(["confirmEarlyFinish"], await HttpAssertions.ProblemFieldsAsync(noConfirm));
        var session = (await HttpAssertions.ReadJsonAsync(confirmed)).GetProperty("session");
        Assert.Equal("finished", session.GetProperty("state").GetString());
        Assert.True(session.GetProperty("finishedEarly").GetBoolean());
        Assert.Equal("mixed", session.GetProperty("closingFeeling").GetString());
        Assert.Equal("Tired but calm", session.GetProperty("closingNote").GetString());
    }

    [Fact]
    public async Task Finish_AfterTwoHours_NoConfirmationNeeded()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 120);

        var finished = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "okay" });

        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
        Assert.False((await HttpAssertions.ReadJsonAsync(finished)).GetProperty("session").GetProperty("finishedEarly").GetBoolean());
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("not-sure", true)]
    [InlineData("no", false)]
    public async Task Benzodiazepine_YesOrNotSure_AddsTheTellYourProviderNote_WithoutAdvisingToStop(string answer, bool noteShown)
    {
        // Hazard WS-09: the note says to tell the provider and warns against stopping alone; it never says to skip a dose.
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var saved = await SessionsApi.PutSessionAsync(patient.Client, id, new { benzodiazepine = answer });
        var note = (await HttpAssertions.ReadJsonAsync(saved)).GetProperty("session").GetProperty("benzodiazepineNote");
        var page = await patient.Client.GetStringAsync($"/sessions/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        if (noteShown)
        {
            Assert.Contains("Tell your provider before the session", note.GetString(), StringComparison.Ordinal);
            Assert.Contains("Do not stop or cut down a benzodiazepine on your own", note.GetString(), StringComparison.Ordinal);
            Assert.Contains("Do not stop or cut down a benzodiazepine on your own", page, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, note.ValueKind);
            Assert.DoesNotContain("Do not stop or cut down a benzodiazepine on your own", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Check_BeforeTheSessionStarts_Returns409()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var check = await SessionsApi.PostCheckAsync(patient.Client, id);

        Assert.Equal(HttpStatusCode.Conflict, check.StatusCode);
        Assert.Equal("not-started", (await HttpAssertions.ReadJsonAsync(check)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Start_WhileAnotherSessionRuns_Returns409()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-11-26", "2026-11-27"));
        var ids = course.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToArray();
        await SessionsApi.StartAsync(patient, ids[0]);
        await SessionsApi.PostVitalsAsync(patient.Client, ids[1], 118, 76);

        var second = await SessionsApi.PutSessionAsync(patient.Client, ids[1], new { state = "started" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("another-in-progress", (await HttpAssertions.ReadJsonAsync(second)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Reschedule_Started_Refused_Planned_Moved()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient, SessionsApi.Course("2026-11-26", "2026-12-03"));
        var ids = course.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToArray();
        await SessionsApi.StartAsync(patient, ids[0]);

        var started = await SessionsApi.PutSessionAsync(patient.Client, ids[0], new { plannedDate = "2026-11-28" });
        var planned = await SessionsApi.PutSessionAsync(patient.Client, ids[1], new { plannedDate = "2026-12-04", plannedTime = "08:45" });

        Assert.Equal(["plannedDate"], await HttpAssertions.ProblemFieldsAsync(started));
        var moved = (await HttpAssertions.ReadJsonAsync(planned)).GetProperty("session");
        Assert.Equal("2026-12-04", moved.GetProperty("plannedDate").GetString());
        Assert.Equal("08:45:00", moved.GetProperty("plannedTime").GetString());
    }
}
