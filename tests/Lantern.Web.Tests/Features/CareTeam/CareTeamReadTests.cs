using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>
/// The access rules hold before the care-team screens exist: a grantee reads only the scopes granted (free text only
/// with Journal), every such read is audited, writes stay owner-only, and no grant looks exactly like no patient.
/// </summary>
public sealed class CareTeamReadTests(SharedApp app)
{
    [Fact]
    public async Task Caregiver_WithMoodGrant_ReadsCheckInsWithoutNotes_AndEachReadIsAudited()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var id = (await PostCheckInAsync(patient.Client, CheckIn(note: "private words"))).GetProperty("checkIn").GetProperty("id").GetGuid();
        await DatabaseSeeds.GrantAsync(app, patient.Id, caregiver.Id, AccessScope.Mood);

        var list = await GetJsonAsync(caregiver.Client, $"/api/v1/checkins?patientId={patient.Id}");
        var one = await GetJsonAsync(caregiver.Client, $"/api/v1/checkins/{id}");

        Assert.Equal(1, list.GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, one.GetProperty("note").ValueKind);
        Assert.False(one.GetProperty("canEdit").GetBoolean());
        Assert.Equal(2, await Audits.RecordReadsAsync(app, caregiver.Id, patient.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.PutAsJsonAsync($"/api/v1/checkins/{id}", CheckIn(mood: 0), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.DeleteAsync($"/api/v1/checkins/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.GetAsync($"/api/v1/questionnaires/responses?patientId={patient.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caregiver.Client.GetAsync($"/api/v1/alerts?patientId={patient.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Therapist_WithQuestionnairesAndAlertsGrant_SeesThoseSectionsOfTheDashboardOnly()
    {
        var patient = await TestUser.CreateAsync(app);
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = Phq9(item9: 1) }, Ct);
        await PostCheckInAsync(patient.Client, CheckIn());
        await DatabaseSeeds.GrantAsync(app, patient.Id, therapist.Id, AccessScope.Questionnaires | AccessScope.Alerts);

        var data = await GetJsonAsync(therapist.Client, $"/api/v1/dashboard?patientId={patient.Id}");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("daily").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("todayCheckIn").ValueKind);
        Assert.Equal(1, data.GetProperty("phq9").GetProperty("points").GetArrayLength());
        Assert.Single(data.GetProperty("openAlerts").EnumerateArray());
        Assert.True(await Audits.RecordReadsAsync(app, therapist.Id, patient.Id) >= 2);
        // With the alerts scope the therapist may acknowledge, and the alert then names who did.
        var alertId = data.GetProperty("openAlerts")[0].GetProperty("id").GetGuid();
        var acknowledge = await therapist.Client.PostAsync($"/api/v1/alerts/{alertId}/acknowledge", null, Ct);
        Assert.Equal(HttpStatusCode.OK, acknowledge.StatusCode);
        var acknowledged = await acknowledge.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        Assert.Equal(therapist.Id, acknowledged.GetProperty("acknowledgedBy").GetGuid());
    }

    [Fact]
    public async Task NoGrant_LooksLikeNoPatient()
    {
        var patient = await TestUser.CreateAsync(app);
        var stranger = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var real = await stranger.Client.GetAsync($"/api/v1/dashboard?patientId={patient.Id}", Ct);
        var missing = await stranger.Client.GetAsync($"/api/v1/dashboard?patientId={Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(await HttpAssertions.ProblemWithoutTraceIdAsync(missing), await HttpAssertions.ProblemWithoutTraceIdAsync(real));
        Assert.Equal(0, await Audits.RecordReadsAsync(app, stranger.Id, patient.Id));
    }
}
