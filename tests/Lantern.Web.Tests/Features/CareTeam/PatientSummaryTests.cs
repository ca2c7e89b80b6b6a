using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>The grantee's summary of one person: each part present only when that kind of record is shared.</summary>
public sealed class PatientSummaryTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Caregiver_WithMoodAndAlerts_SeesRecentMoodWithoutNotes_AndOpenAlerts_ButNoScores()
    {
        var patient = await TestUser.CreateAsync(app);
        await PrepareAsync(patient);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood", "alerts");

        var summary = await caregiver.Client.GetFromJsonAsync<JsonElement>($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        Assert.Equal(patient.Id, summary.GetProperty("person").GetProperty("patientId").GetGuid());
        var checkIn = Assert.Single(summary.GetProperty("recentCheckIns").EnumerateArray());
        Assert.Equal(6, checkIn.GetProperty("mood").GetInt32());
        Assert.DoesNotContain("private words", checkIn.GetRawText(), StringComparison.Ordinal);
        Assert.Single(summary.GetProperty("openAlerts").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("phq9").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("gad7").ValueKind);
    }

    [Fact]
    public async Task Therapist_WithQuestionnaires_SeesLatestScores_ButNoMoodOrAlerts()
    {
        var patient = await TestUser.CreateAsync(app);
        await PrepareAsync(patient);
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "questionnaires");

        var summary = await therapist.Client.GetFromJsonAsync<JsonElement>($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);
        var page = await therapist.Client.GetStringAsync($"/care-team/patients/{patient.Id}", Ct);

        Assert.Equal(1, summary.GetProperty("phq9").GetProperty("latest").GetInt32());
        Assert.Equal("first", summary.GetProperty("phq9").GetProperty("trend").GetString());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("recentCheckIns").ValueKind);
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("openAlerts").ValueKind);
        Assert.Contains("PHQ-9 (depression)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Recent check-ins", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caregiver_ClientPage_ShowsTheSupportPersonAdviceFromTheGuide()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");

        var page = await caregiver.Client.GetStringAsync($"/care-team/patients/{patient.Id}", Ct);

        Assert.Contains("Stay nearby and stay sober", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_OfSomeoneNotSharing_Is404()
    {
        var patient = await TestUser.CreateAsync(app);
        var stranger = await TestUser.CreateAsync(app, UserRole.Therapist, twoFactor: true);

        var response = await stranger.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A check-in with a note, and a PHQ-9 whose item 9 raises an alert.</summary>
    private static async Task PrepareAsync(TestUser patient)
    {
        (await patient.Client.PostAsJsonAsync("/api/v1/checkins",
            new { mood = 6, anxiety = 4, sleepHours = 7, energy = 5, note = "private words" }, Ct)).EnsureSuccessStatusCode();
        (await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses",
            new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 } }, Ct)).EnsureSuccessStatusCode();
    }
}

/// <summary>Planned ketamine sessions on the caseload and the client page, only for grantees with the sessions scope.</summary>
public sealed class SharedSessionsTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionsScope_ShowsNextSessionOnCaseload_AndUpcomingOnSummary_WithoutItNeither()
    {
        var soon = await TestUser.CreateAsync(app, displayName: "Soon");
        var later = await TestUser.CreateAsync(app, displayName: "Later");
        var hidden = await TestUser.CreateAsync(app, displayName: "Hidden");
        await Lantern.Web.Tests.Features.Sessions.SessionsApi.CreateCourseAsync(later, Lantern.Web.Tests.Features.Sessions.SessionsApi.Course("2026-12-10"));
        await Lantern.Web.Tests.Features.Sessions.SessionsApi.CreateCourseAsync(soon, Lantern.Web.Tests.Features.Sessions.SessionsApi.Course("2026-12-05", "2026-11-28"));
        await Lantern.Web.Tests.Features.Sessions.SessionsApi.CreateCourseAsync(hidden, Lantern.Web.Tests.Features.Sessions.SessionsApi.Course("2026-11-27"));
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        foreach (var (patient, scopes) in new[] { (soon, new[] { "sessions" }), (later, new[] { "sessions" }), (hidden, new[] { "mood" }) })
        {
            var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Therapist, scopes);
            (await therapist.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct)).EnsureSuccessStatusCode();
        }

        var rows = (await therapist.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/caseload?sort=session", Ct)).EnumerateArray().ToArray();
        var soonSummary = await therapist.Client.GetFromJsonAsync<JsonElement>($"/api/v1/careteam/patients/{soon.Id}/summary", Ct);
        var hiddenSummary = await therapist.Client.GetFromJsonAsync<JsonElement>($"/api/v1/careteam/patients/{hidden.Id}/summary", Ct);
        var page = await therapist.Client.GetStringAsync($"/care-team/patients/{soon.Id}", Ct);

        Assert.Equal(["Soon", "Later", "Hidden"], rows.Select(r => r.GetProperty("name").GetString()).ToArray());
        Assert.Equal("2026-11-28", rows[0].GetProperty("nextSession").GetString());
        Assert.Equal("2026-12-10", rows[1].GetProperty("nextSession").GetString());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("nextSession").ValueKind);
        Assert.Equal(["2026-11-28", "2026-12-05"],
            soonSummary.GetProperty("upcomingSessions").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToArray());
        Assert.Equal(JsonValueKind.Null, hiddenSummary.GetProperty("upcomingSessions").ValueKind);
        Assert.Contains("Saturday 28 November", page, StringComparison.Ordinal);
        Assert.Contains($"/sessions/look-back?patientId={soon.Id}", page, StringComparison.Ordinal);
    }
}
