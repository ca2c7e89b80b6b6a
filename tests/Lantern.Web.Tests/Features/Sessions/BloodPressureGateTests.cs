using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// Issue 5, "prepare": a reading before the dose decides whether "start session" may go ahead. The check band blocks it
/// with the provider's contact, the urgent band blocks it with the urgent route, and both raise alerts in the same save.
/// </summary>
public sealed class BloodPressureGateTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithoutAReading_Returns409AskingForOne()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var start = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "started" });

        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        var problem = await HttpAssertions.ReadJsonAsync(start);
        Assert.Equal("no-reading", problem.GetProperty("reason").GetString());
        Assert.Equal("planned", (await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Start_ReadingInCheckBand_BlockedWithProviderContact_AndAlertRaisedWithTheReading()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var reading = await SessionsApi.PostVitalsAsync(patient.Client, id, 152, 88);
        var saved = await HttpAssertions.ReadJsonAsync(reading);
        var start = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "started", checklistDone = new[] { "food" } });

        Assert.Equal(HttpStatusCode.Created, reading.StatusCode);
        Assert.Equal("check-with-provider-before-dosing", saved.GetProperty("advice").GetString());
        Assert.Equal("bp-check-before-dosing", saved.GetProperty("safety").GetProperty("flags")[0].GetProperty("code").GetString());
        Assert.Equal(1, saved.GetProperty("safety").GetProperty("alertIds").GetArrayLength());
        Assert.False(saved.GetProperty("session").GetProperty("startGate").GetProperty("canStart").GetBoolean());

        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        var problem = await HttpAssertions.ReadJsonAsync(start);
        Assert.Equal("check-with-provider", problem.GetProperty("reason").GetString());
        Assert.Contains("Riverside Ketamine Clinic", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(SessionsApi.ProviderPhone, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("tel:3125550100", problem.GetProperty("provider").GetProperty("phoneHref").GetString());

        // Refused means nothing of the request was kept, not even the checklist tick that came with it.
        var session = await SessionsApi.GetSessionAsync(patient.Client, id);
        Assert.Equal("planned", session.GetProperty("state").GetString());
        Assert.False(session.GetProperty("checklist").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "food").GetProperty("done").GetBoolean());
        var alert = Assert.Single(await SessionsApi.AlertsAsync(patient.Client));
        Assert.Equal("dosing-session", alert.GetProperty("origin").GetString());
        Assert.Equal(id, alert.GetProperty("originId").GetGuid());
    }

    [Fact]
    public async Task Vitals_AfterTheDoseInUrgentBand_RaiseTheEmergencyAlertWithTheCrisisRoute()
    {
        // Hazard WS-04: a rise is expected after a dose, but the urgent band still escalates at once.
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 40);

        var reading = await SessionsApi.PostVitalsAsync(patient.Client, id, 186, 104);

        Assert.Equal(HttpStatusCode.Created, reading.StatusCode);
        var safety = (await HttpAssertions.ReadJsonAsync(reading)).GetProperty("safety");
        Assert.Equal("bp-urgent", safety.GetProperty("flags")[0].GetProperty("code").GetString());
        Assert.Contains(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("href").GetString() == "tel:911");
        var alert = Assert.Single(await SessionsApi.AlertsAsync(patient.Client));
        Assert.Equal("dosing-session", alert.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Start_ReadingInUrgentBand_ShowsUrgentRouteOnTheSameResponse_AndRaisesEmergencyAlert()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var reading = await SessionsApi.PostVitalsAsync(patient.Client, id, 186, 104);
        var saved = await HttpAssertions.ReadJsonAsync(reading);
        var start = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "started" });

        var safety = saved.GetProperty("safety");
        Assert.Equal("emergency", safety.GetProperty("level").GetString());
        Assert.Equal("bp-urgent", safety.GetProperty("flags")[0].GetProperty("code").GetString());
        Assert.Contains(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("href").GetString() == "tel:911");
        var problem = await HttpAssertions.ReadJsonAsync(start);
        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.Equal("urgent", problem.GetProperty("reason").GetString());
        Assert.Equal("bp-urgent", problem.GetProperty("safety").GetProperty("flags")[0].GetProperty("code").GetString());
        var alert = Assert.Single(await SessionsApi.AlertsAsync(patient.Client));
        Assert.Equal("emergency", alert.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Start_ReadingOlderThanAnHour_Returns409Stale()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.PostVitalsAsync(patient.Client, id, 118, 76);

        await SessionsApi.AdvanceAsync(app, 61, patient);
        var start = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "started" });

        Assert.Equal(HttpStatusCode.Conflict, start.StatusCode);
        Assert.Equal("stale-reading", (await HttpAssertions.ReadJsonAsync(start)).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Start_NormalReading_StartsAndTheServerSetsTheDoseTime()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var session = await SessionsApi.StartAsync(patient, id, minutesAgo: 10);

        Assert.Equal("started", session.GetProperty("state").GetString());
        Assert.Equal(app.Time.GetUtcNow().AddMinutes(-10), session.GetProperty("dosedAt").GetDateTimeOffset());
        Assert.Equal(10, session.GetProperty("monitoring").GetProperty("minutesSinceDose").GetInt32());
        Assert.Equal("10 minutes", session.GetProperty("monitoring").GetProperty("sinceDose").GetString());
        Assert.Empty(await SessionsApi.AlertsAsync(patient.Client));
    }

    [Fact]
    public async Task Start_ClinicianTightenedLevels_ReadingBelowDefaultsStillBlocks()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient);
        var courseId = course.GetProperty("id").GetGuid();
        var update = await patient.Client.PutAsJsonAsync($"/api/v1/courses/{courseId}", new
        {
            route = "at-home-lozenges", providerName = "Riverside Ketamine Clinic", providerPhone = SessionsApi.ProviderPhone, prescribedDose = "As written",
            thresholds = new { checkSystolicAtOrAbove = 135, checkDiastolicAtOrAbove = 85, urgentSystolicAbove = 170, urgentDiastolicAbove = 110, setBy = "Dr. Lee" },
        }, Ct);
        var id = SessionsApi.FirstSessionId(course);

        await SessionsApi.PostVitalsAsync(patient.Client, id, 136, 80);
        var start = await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "started" });

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal("clinician-override", (await HttpAssertions.ReadJsonAsync(update)).GetProperty("thresholds").GetProperty("origin").GetString());
        Assert.Equal("check-with-provider", (await HttpAssertions.ReadJsonAsync(start)).GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(120, 130, null, "systolic")] // systolic not above diastolic
    [InlineData(90, 90, null, "systolic")]
    [InlineData(301, 80, null, "systolic")]
    [InlineData(39, 30, null, "systolic")]
    [InlineData(120, 19, null, "diastolic")]
    [InlineData(120, 201, null, "diastolic")]
    [InlineData(120, null, null, "diastolic")]
    [InlineData(120, 80, 10, "pulse")]
    public async Task Vitals_Invalid_Returns400NamingTheField(int? systolic, int? diastolic, int? pulse, string field)
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var response = await SessionsApi.PostVitalsAsync(patient.Client, id, systolic, diastolic, pulse);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("vitals").EnumerateArray());
    }

    [Theory]
    [InlineData(40, 20)]
    [InlineData(300, 200)]
    public async Task Vitals_AtTheEdgesOfThePlausibleRange_Accepted(int systolic, int diastolic)
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        Assert.Equal(HttpStatusCode.Created, (await SessionsApi.PostVitalsAsync(patient.Client, id, systolic, diastolic)).StatusCode);
    }

    [Fact]
    public async Task Vitals_AfterTheDoseInCheckBand_AdviseMeasuringAgainWithoutAnAlert()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);
        await SessionsApi.AdvanceAsync(app, 40, patient);

        var reading = await HttpAssertions.ReadJsonAsync(await SessionsApi.PostVitalsAsync(patient.Client, id, 150, 92));

        Assert.Equal("forty-minutes", reading.GetProperty("reading").GetProperty("timing").GetString());
        Assert.Contains("measure again", reading.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, reading.GetProperty("safety").GetProperty("flags").GetArrayLength());
        Assert.Empty(await SessionsApi.AlertsAsync(patient.Client));
    }
}
