using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.CareTeam;

public sealed class GrantTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revoke_TakesEffectOnGranteesVeryNextRequestWithSameCookie()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grantId) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood", "alerts");
        var before = await caregiver.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        var revoke = await patient.Client.DeleteAsync($"/api/v1/careteam/grants/{grantId}", Ct);
        var after = await caregiver.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);
        var list = await caregiver.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/patients", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Empty(list.EnumerateArray());
    }

    [Fact]
    public async Task Grantee_CannotWidenOrRevokeOwnGrant()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grantId) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");

        var widen = await caregiver.Client.PutAsJsonAsync($"/api/v1/careteam/grants/{grantId}", new { scopes = new[] { "mood", "journal" } }, Ct);
        var revoke = await caregiver.Client.DeleteAsync($"/api/v1/careteam/grants/{grantId}", Ct);
        var list = await caregiver.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/patients", Ct);

        Assert.Equal(HttpStatusCode.NotFound, widen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(["mood"], Assert.Single(list.EnumerateArray()).GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToArray());
    }

    [Fact]
    public async Task Patient_NarrowsGrant_GranteeSeesOnlyTheRest()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, grantId) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood", "alerts", "sessions");

        var update = await patient.Client.PutAsJsonAsync($"/api/v1/careteam/grants/{grantId}", new { scopes = new[] { "alerts" } }, Ct);
        var list = await caregiver.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/patients", Ct);

        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        Assert.Equal(["alerts"], Assert.Single(list.EnumerateArray()).GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToArray());
    }

    [Fact]
    public async Task Grant_WithEndDate_StopsAfterThatDayInPatientsTimeZone()
    {
        var patient = await TestUser.CreateAsync(app);   // America/Chicago
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var tomorrow = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime).AddDays(1);
        var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"], endsOn: tomorrow.ToString("yyyy-MM-dd"));
        await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);

        app.Time.Advance(TimeSpan.FromHours(30));   // still "tomorrow" in Chicago
        var client = await caregiver.SignInOnNewClientAsync();
        var during = await client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);
        app.Time.Advance(TimeSpan.FromHours(12));   // past midnight at the end of that day in Chicago
        var afterEnd = await (await caregiver.SignInOnNewClientAsync()).GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterEnd.StatusCode);
    }

    [Fact]
    public async Task GranteeTurnsTwoFactorOff_SeesNothingUntilItIsBackOn()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");

        await caregiver.Client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = caregiver.Password }, Ct);
        var response = await caregiver.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WhoSawMyData_ListsGranteeReads_NotPatientsOwn()
    {
        var patient = await TestUser.CreateAsync(app);
        var (therapist, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood");

        await therapist.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);
        await patient.Client.GetAsync("/api/v1/careteam/grants", Ct);
        var entries = await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/audit/me", Ct);

        // The summary shows recent check-ins, so the patient sees both: the summary opened and the check-ins read.
        var seen = entries.EnumerateArray().ToArray();
        Assert.Equal(["Check in", "Your shared summary"], seen.Select(e => e.GetProperty("whatKind").GetString()).Order().ToArray());
        Assert.All(seen, entry => Assert.Equal("Test Therapist", entry.GetProperty("who").GetString()));
        Assert.All(seen, entry => Assert.Equal("therapist", entry.GetProperty("role").GetString()));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.ActorId == patient.Id && e.SubjectId == patient.Id && e.Action == AuditAction.RecordRead, Ct));
    }

    [Fact]
    public async Task GranteeTurnsTwoStepSignInBackOn_SeesTheSharedDataAgain()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");
        (await caregiver.Client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = caregiver.Password }, Ct)).EnsureSuccessStatusCode();
        var whileOff = await caregiver.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        await caregiver.EnableTwoFactorAsync();
        var backOn = await caregiver.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/summary", Ct);

        Assert.Equal(HttpStatusCode.NotFound, whileOff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backOn.StatusCode);
    }

    [Fact]
    public async Task TherapistNotes_AfterTheClientStopsSharing_AreNotReadableOrWritable()
    {
        var patient = await TestUser.CreateAsync(app);
        var (therapist, grantId) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood");
        (await therapist.Client.PostAsJsonAsync($"/api/v1/careteam/patients/{patient.Id}/notes", new { text = "before revoking" }, Ct)).EnsureSuccessStatusCode();

        (await patient.Client.DeleteAsync($"/api/v1/careteam/grants/{grantId}", Ct)).EnsureSuccessStatusCode();
        var read = await therapist.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/notes", Ct);
        var write = await therapist.Client.PostAsJsonAsync($"/api/v1/careteam/patients/{patient.Id}/notes", new { text = "after revoking" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }

    [Fact]
    public async Task TherapistNotes_OnlyTheAuthorReadsThem()
    {
        var patient = await TestUser.CreateAsync(app);
        var (first, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood");
        var (second, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Therapist, "mood");
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");

        var add = await first.Client.PostAsJsonAsync($"/api/v1/careteam/patients/{patient.Id}/notes", new { text = "canary-note-51c" }, Ct);
        var secondsView = await second.Client.GetStringAsync($"/api/v1/careteam/patients/{patient.Id}/notes", Ct);
        var caregiversView = await caregiver.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/notes", Ct);
        var patientsSummary = await patient.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/notes", Ct);
        var firstsView = await first.Client.GetStringAsync($"/api/v1/careteam/patients/{patient.Id}/notes", Ct);

        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        Assert.Contains("canary-note-51c", firstsView, StringComparison.Ordinal);
        Assert.DoesNotContain("canary-note-51c", secondsView, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, caregiversView.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, patientsSummary.StatusCode);
    }
}
