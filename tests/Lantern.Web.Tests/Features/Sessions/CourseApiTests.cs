using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>Issue 5, "plan a course": by hand or from a preset labelled with its source status; the dose only as written.</summary>
public sealed class CourseApiTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ByHand_KeepsTheDoseAsWrittenAndPlansInThePatientsZone()
    {
        var patient = await TestUser.CreateAsync(app, timeZone: "Europe/London");

        var course = await SessionsApi.CreateCourseAsync(patient, new
        {
            route = "iv-infusion",
            providerName = "Harbour Clinic",
            providerPhone = "+44 20 7946 0000",
            prescribedDose = "0.5 mg/kg over 40 minutes (Dr. Okafor, 20 Nov)",
            sessions = new[] { new { date = "2026-12-01", time = (string?)"09:30" }, new { date = "2026-12-03", time = (string?)null } },
        });

        Assert.Equal("0.5 mg/kg over 40 minutes (Dr. Okafor, 20 Nov)", course.GetProperty("prescribedDose").GetString());
        Assert.Contains("never suggests", course.GetProperty("doseNote").GetString(), StringComparison.Ordinal);
        Assert.Equal("tel:+442079460000", course.GetProperty("provider").GetProperty("phoneHref").GetString());
        Assert.Equal(JsonValueKind.Null, course.GetProperty("preset").ValueKind);
        var sessions = course.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(2, sessions.Length);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero), sessions[0].GetProperty("plannedAt").GetDateTimeOffset());
        Assert.Equal("10:00:00", sessions[1].GetProperty("plannedTime").GetString());
        Assert.All(sessions, s => Assert.Equal("planned", s.GetProperty("state").GetString()));
        Assert.Equal("acc-aha-2017-default", course.GetProperty("thresholds").GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Create_FromEsketaminePreset_ProposesTwelveDatesLabelledSecondary()
    {
        var patient = await TestUser.CreateAsync(app);

        var course = await SessionsApi.CreateCourseAsync(patient, new
        {
            route = "esketamine-nasal-spray", providerName = "Lakeside Clinic", providerPhone = "312 555 0199", prescribedDose = "As my prescriber wrote it",
            preset = "esketamine-twice-weekly-then-weekly", firstDate = "2026-11-30", time = "13:00",
        });

        var preset = course.GetProperty("preset");
        Assert.Equal("secondary", preset.GetProperty("status").GetString());
        Assert.Contains("secondary source", preset.GetProperty("statusLabel").GetString(), StringComparison.Ordinal);
        Assert.Equal("SpravatoInductionScheduleClinic", preset.GetProperty("sources")[0].GetProperty("key").GetString());
        var dates = course.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("plannedDate").GetString()).ToArray();
        Assert.Equal(12, dates.Length);
        Assert.Equal(["2026-11-30", "2026-12-03", "2026-12-07"], dates[..3]);
        Assert.Equal("2027-01-18", dates[^1]);
    }

    [Fact]
    public async Task Presets_EachListedWithItsStatus_NoneVerified()
    {
        var patient = await TestUser.CreateAsync(app);

        var presets = await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/courses/presets", Ct);

        var statuses = presets.EnumerateArray().ToDictionary(p => p.GetProperty("code").GetString()!, p => p.GetProperty("status").GetString());
        Assert.Equal("convention-not-verified", statuses["at-home-weekly"]);
        Assert.Equal("convention-not-verified", statuses["iv-six-over-two-weeks"]);
        Assert.Equal("secondary", statuses["esketamine-twice-weekly-then-weekly"]);
    }

    [Fact]
    public async Task Create_BadInput_Returns400NamingEveryFieldAndSavesNothing()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/courses", new
        {
            route = "oral-spray", providerName = "", providerPhone = "call me", prescribedDose = " ",
            sessions = new[] { new { date = "2026-12-01", time = "10:00" }, new { date = "2026-13-01", time = "25:00" }, new { date = "2026-12-01", time = "10:00" } },
        }, Ct);

        Assert.Equal(
            ["prescribedDose", "providerName", "providerPhone", "route", "sessions[1].date", "sessions[1].time", "sessions[2].date"],
            await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty(await patient.Client.GetFromJsonAsync<JsonElement[]>("/api/v1/courses", Ct) ?? []);
    }

    [Fact]
    public async Task Create_NeitherDatesNorPreset_Returns400NamingSessions()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/courses", new
        {
            route = "other", providerName = "Clinic", providerPhone = "555 0100", prescribedDose = "As written", preset = "monthly",
        }, Ct);

        Assert.Equal(["preset", "sessions"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Update_UrgentLevelLaxerThanTheCrisisBand_Returns400AndKeepsTheDefaults()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await SessionsApi.CreateCourseAsync(patient)).GetProperty("id").GetGuid();

        var response = await patient.Client.PutAsJsonAsync($"/api/v1/courses/{id}", new
        {
            route = "at-home-lozenges", providerName = "Clinic", providerPhone = "555 0100", prescribedDose = "As written",
            thresholds = new { checkSystolicAtOrAbove = 150, checkDiastolicAtOrAbove = 95, urgentSystolicAbove = 200, urgentDiastolicAbove = 120, setBy = "Dr. Lee" },
        }, Ct);

        Assert.Equal(["thresholds.urgentSystolicAbove"], await HttpAssertions.ProblemFieldsAsync(response));
        var course = await patient.Client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{id}", Ct);
        Assert.Equal("acc-aha-2017-default", course.GetProperty("thresholds").GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Update_ChecklistReworded_KeptButTheBloodPressureItemCannotGo()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await SessionsApi.CreateCourseAsync(patient)).GetProperty("id").GetGuid();
        object Body(object checklist) => new { route = "at-home-lozenges", providerName = "Clinic", providerPhone = "555 0100", prescribedDose = "As written", checklist };

        var withoutBp = await patient.Client.PutAsJsonAsync($"/api/v1/courses/{id}", Body(new[] { new { code = "food", text = "Fast for 4 hours" } }), Ct);
        var reworded = await patient.Client.PutAsJsonAsync($"/api/v1/courses/{id}", Body(new[]
        {
            new { code = "food", text = "Nothing to eat for 4 hours before" },
            new { code = "blood-pressure", text = "Blood pressure recorded" },
            new { code = "custom-1", text = "Eye mask and playlist ready" },
        }), Ct);

        Assert.Equal(["checklist"], await HttpAssertions.ProblemFieldsAsync(withoutBp));
        Assert.Equal(HttpStatusCode.OK, reworded.StatusCode);
        var checklist = (await HttpAssertions.ReadJsonAsync(reworded)).GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToArray();
        Assert.Equal(["Nothing to eat for 4 hours before", "Blood pressure recorded", "Eye mask and playlist ready"], checklist);
    }

    [Fact]
    public async Task AddBooster_Later_AppearsAsAPlannedBoosterSession()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await SessionsApi.CreateCourseAsync(patient)).GetProperty("id").GetGuid();

        var added = await patient.Client.PostAsJsonAsync($"/api/v1/courses/{id}/sessions", new { date = "2027-01-14", time = "11:15" }, Ct);
        var again = await patient.Client.PostAsJsonAsync($"/api/v1/courses/{id}/sessions", new { date = "2027-01-14", time = "11:15" }, Ct);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var booster = await HttpAssertions.ReadJsonAsync(added);
        Assert.True(booster.GetProperty("isBooster").GetBoolean());
        Assert.Equal($"/api/v1/sessions/{booster.GetProperty("id").GetGuid()}", added.Headers.Location!.OriginalString);
        Assert.Equal(["date"], await HttpAssertions.ProblemFieldsAsync(again));
        var course = await patient.Client.GetFromJsonAsync<JsonElement>($"/api/v1/courses/{id}", Ct);
        Assert.Equal(2, course.GetProperty("sessions").GetArrayLength());
    }

    [Fact]
    public async Task Delete_RemovesTheCourseAndItsSessions()
    {
        var patient = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(patient);
        var id = course.GetProperty("id").GetGuid();
        var sessionId = SessionsApi.FirstSessionId(course);
        await SessionsApi.PostVitalsAsync(patient.Client, sessionId, 120, 80);

        var deleted = await patient.Client.DeleteAsync($"/api/v1/courses/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.Client.GetAsync($"/api/v1/courses/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await patient.Client.GetAsync($"/api/v1/sessions/{sessionId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_OwnerAndIdsComeFromTheServer_NotTheBody()
    {
        var patient = await TestUser.CreateAsync(app);
        var other = Guid.NewGuid();

        var response = await patient.Client.PostAsJsonAsync("/api/v1/courses", new
        {
            id = other, patientId = other, route = "other", providerName = "Clinic", providerPhone = "555 0100", prescribedDose = "As written",
            sessions = new[] { new { date = "2026-12-01" } },
        }, Ct);

        var course = await HttpAssertions.ReadJsonAsync(response);
        Assert.Equal(patient.Id, course.GetProperty("patientId").GetGuid());
        Assert.NotEqual(other, course.GetProperty("id").GetGuid());
        Assert.Equal(7, course.GetProperty("id").GetGuid().Version);
    }
}
