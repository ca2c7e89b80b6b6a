using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// Issue 5, "support person": a caregiver with the sessions scope, named for a session, logs the 15-minute checks from
/// their own account. That is the only write a grantee may make; it goes through the chokepoint and is audited.
/// </summary>
public sealed class SupportPersonTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(TestUser Patient, TestUser Caregiver, Guid GrantId, Guid SessionId)> NamedSupportPersonAsync(params string[] scopes)
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grantId, id) = await SessionsApi.NamedSupportPersonAsync(patient, scopes);
        await SessionsApi.StartAsync(patient, id);
        return (patient, caregiver, grantId, id);
    }

    [Fact]
    public async Task NamedCaregiverWithSessionsGrant_LogsACheckFromTheirOwnAccount_AndTheWriteIsAudited()
    {
        var (patient, caregiver, _, id) = await NamedSupportPersonAsync();

        var check = await SessionsApi.PostCheckAsync(caregiver.Client, id, responsiveness: "drowsy", note: "Eyes closed, smiled when I asked");
        var asPatient = await SessionsApi.GetSessionAsync(patient.Client, id);
        var asCaregiver = await SessionsApi.GetSessionAsync(caregiver.Client, id);

        Assert.Equal(HttpStatusCode.Created, check.StatusCode);
        var logged = Assert.Single(asPatient.GetProperty("checks").EnumerateArray());
        Assert.Equal("support-person", logged.GetProperty("recordedBy").GetString());
        Assert.Equal("drowsy", logged.GetProperty("responsiveness").GetString());
        Assert.Equal("Eyes closed, smiled when I asked", logged.GetProperty("note").GetString());
        Assert.True(asCaregiver.GetProperty("canLogChecks").GetBoolean());
        Assert.False(asCaregiver.GetProperty("canEdit").GetBoolean());
        // Their own note comes back to them; the patient's free text does not (no journal scope).
        Assert.Equal("Eyes closed, smiled when I asked", asCaregiver.GetProperty("checks")[0].GetProperty("note").GetString());
        Assert.False(asCaregiver.GetProperty("freeTextShared").GetBoolean());

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var audit = await db.AuditEvents.AsNoTracking().Where(e => e.ActorId == caregiver.Id && e.SubjectId == patient.Id).ToListAsync(Ct);
        Assert.Contains(audit, e => e.Action == AuditAction.RecordWritten && e.ResourceType == "SupportCheck");
        Assert.Contains(audit, e => e.Action == AuditAction.RecordRead && e.ResourceType == "DosingSession");
    }

    [Fact]
    public async Task NamedCaregiver_LogsHardToWakeFromTheirOwnPhone_GetsTheCrisisRouteAndThePatientsAlertIsRaised()
    {
        // Hazard WS-04: the support person is the one most likely to see an emergency during the session.
        var (patient, caregiver, _, id) = await NamedSupportPersonAsync();

        var response = await SessionsApi.PostCheckAsync(caregiver.Client, id, responsiveness: "hard-to-wake");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var safety = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("safety");
        Assert.Equal("emergency", safety.GetProperty("level").GetString());
        Assert.Contains(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("display").GetString() == "911");
        var alert = Assert.Single(await SessionsApi.AlertsAsync(patient.Client));
        Assert.Equal("dosing-session", alert.GetProperty("origin").GetString());
        Assert.Equal(safety.GetProperty("alertIds")[0].GetGuid(), alert.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task CaregiverWithGrantButNotNamed_Gets404LikeAMissingSession()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);

        var named = await SessionsApi.PostCheckAsync(caregiver.Client, id);
        var random = await SessionsApi.PostCheckAsync(caregiver.Client, Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, named.StatusCode);
        Assert.Equal(await HttpAssertions.ProblemWithoutTraceIdAsync(random), await HttpAssertions.ProblemWithoutTraceIdAsync(named));
        Assert.Empty((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task NamedCaregiver_AfterTheSessionsScopeIsRemoved_Gets404()
    {
        var (patient, caregiver, grantId, id) = await NamedSupportPersonAsync();

        var narrowed = await patient.Client.PutAsJsonAsync($"/api/v1/careteam/grants/{grantId}", new { scopes = new[] { "mood" } }, Ct);
        var check = await SessionsApi.PostCheckAsync(caregiver.Client, id);

        Assert.Equal(HttpStatusCode.NoContent, narrowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        Assert.Empty((await SessionsApi.GetSessionAsync(patient.Client, id)).GetProperty("checks").EnumerateArray());
    }

    [Fact]
    public async Task NamedCaregiver_AfterTheGrantIsRevoked_Gets404()
    {
        var (patient, caregiver, grantId, id) = await NamedSupportPersonAsync();

        await patient.Client.DeleteAsync($"/api/v1/careteam/grants/{grantId}", Ct);
        var check = await SessionsApi.PostCheckAsync(caregiver.Client, id);

        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
    }

    [Fact]
    public async Task NamedCaregiver_CannotRecordReadingsOrChangeTheSession()
    {
        var (patient, caregiver, _, id) = await NamedSupportPersonAsync();

        var vitals = await SessionsApi.PostVitalsAsync(caregiver.Client, id, 120, 80);
        var finish = await SessionsApi.PutSessionAsync(caregiver.Client, id, new { state = "finished", closingFeeling = "okay", confirmEarlyFinish = true });
        var journal = await caregiver.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { whatCameUp = "not theirs" }, Ct);
        var effects = await caregiver.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects", new { dissociation = 1 }, Ct);

        Assert.All([vitals, finish, journal, effects], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var session = await SessionsApi.GetSessionAsync(patient.Client, id);
        Assert.Equal("started", session.GetProperty("state").GetString());
        Assert.Single(session.GetProperty("vitals").EnumerateArray());
    }

    [Fact]
    public async Task NamingSomeoneWithoutASessionsGrant_Returns400()
    {
        var patient = await TestUser.CreateAsync(app);
        var (moodOnly, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");
        var stranger = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var id = await SessionsApi.NewSessionAsync(patient);

        var first = await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { caregiverId = moodOnly.Id } });
        var second = await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { caregiverId = stranger.Id } });

        Assert.Equal(["supportPerson.caregiverId"], await HttpAssertions.ProblemFieldsAsync(first));
        Assert.Equal(["supportPerson.caregiverId"], await HttpAssertions.ProblemFieldsAsync(second));
    }

    [Fact]
    public async Task NamingACaregiverWhoTurnedTwoStepSignInOff_Returns400()
    {
        // Hazard WC-04: a password-only account is never the one watching over a session.
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");
        (await caregiver.Client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = caregiver.Password }, Ct)).EnsureSuccessStatusCode();
        var id = await SessionsApi.NewSessionAsync(patient);

        var named = await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { caregiverId = caregiver.Id } });

        Assert.Equal(["supportPerson.caregiverId"], await HttpAssertions.ProblemFieldsAsync(named));
    }

    [Fact]
    public async Task SupportPerson_AsANameAndNumber_ShownWithADialLink()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var saved = await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { name = "Jamie (sister)", phone = "312-555-0142" } });
        var bad = await SessionsApi.PutSessionAsync(patient.Client, id, new { supportPerson = new { name = "", phone = "soon" } });

        var person = (await HttpAssertions.ReadJsonAsync(saved)).GetProperty("session").GetProperty("supportPerson");
        Assert.Equal("contact", person.GetProperty("kind").GetString());
        Assert.Equal("tel:3125550142", person.GetProperty("phoneHref").GetString());
        Assert.Equal(["supportPerson.name", "supportPerson.phone"], await HttpAssertions.ProblemFieldsAsync(bad));
    }

    [Fact]
    public async Task Caregiver_SupportingList_ShowsTheRunningSessionOnly_ForTheNamedPerson()
    {
        var (patient, caregiver, _, id) = await NamedSupportPersonAsync();
        var (other, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "sessions");

        var mine = await caregiver.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/sessions/supporting", Ct);
        var theirs = await other.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/sessions/supporting", Ct);

        Assert.Equal(id, Assert.Single(mine.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("started", mine[0].GetProperty("state").GetString());
        Assert.Empty(theirs.EnumerateArray());
    }

    [Fact]
    public async Task CaregiverWithSessionsScopeOnly_ReadsTheSessionWithoutFreeText_AndTheReadIsAudited()
    {
        var (patient, caregiver, _, id) = await NamedSupportPersonAsync();
        await SessionsApi.PutSessionAsync(patient.Client, id, new { intention = "Be kind to myself" });
        await SessionsApi.PostCheckAsync(patient.Client, id, note: "patient's own words");

        var session = await SessionsApi.GetSessionAsync(caregiver.Client, id);
        var journal = await caregiver.Client.GetAsync($"/api/v1/sessions/{id}/journal", Ct);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, session.GetProperty("intention").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, session.GetProperty("journal").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, session.GetProperty("checks")[0].GetProperty("note").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, journal.StatusCode);
    }
}
