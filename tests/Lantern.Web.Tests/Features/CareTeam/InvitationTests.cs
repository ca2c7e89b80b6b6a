using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.CareTeam;

public sealed class InvitationTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InviteByEmail_TherapistAccepts_SeesPatientWithExactlyTheGrantedScopes()
    {
        var patient = await TestUser.CreateAsync(app);
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        await CareTeamSetup.InviteAsync(patient, UserRole.Therapist, ["mood", "questionnaires"], email: therapist.Email);
        var mail = await app.Outbox.WaitForAsync(therapist.Email, "invited you to their Lantern care team");
        var token = System.Text.RegularExpressions.Regex.Match(mail.TextBody!, @"/care-team/accept/([A-Za-z0-9_-]+)").Groups[1].Value;

        var accept = await therapist.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);
        var patients = await therapist.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/patients", Ct);
        var grants = await patient.Client.GetFromJsonAsync<JsonElement>("/api/v1/careteam/grants", Ct);

        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        var shared = Assert.Single(patients.EnumerateArray());
        Assert.Equal(patient.Id, shared.GetProperty("patientId").GetGuid());
        Assert.Equal(["mood", "questionnaires"], shared.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToArray());
        Assert.Equal(therapist.Id, Assert.Single(grants.EnumerateArray()).GetProperty("granteeId").GetGuid());
        Assert.DoesNotContain("mood", MailText.Readable(mail.TextBody), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invitation_UsedOnce_SecondAcceptIsNotFound()
    {
        var patient = await TestUser.CreateAsync(app);
        var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"]);
        var first = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var second = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var accepted = await first.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);
        var reused = await second.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);
        var reusedBySame = await first.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reusedBySame.StatusCode);
    }

    [Fact]
    public async Task Invitation_AfterSevenDays_IsNotFound()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"]);

        app.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var caregiverClient = await caregiver.SignInOnNewClientAsync();
        var response = await caregiverClient.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Invitation_WrongAddressWrongRoleOrPatient_AllLookLikeNotFound()
    {
        var patient = await TestUser.CreateAsync(app);
        var (_, forSomeoneElse) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"], email: "someone.else@example.org");
        var (_, forCaregiver) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"]);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        var otherPatient = await TestUser.CreateAsync(app);

        var wrongAddress = await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{forSomeoneElse}/accept", null, Ct);
        var wrongRole = await therapist.Client.PostAsync($"/api/v1/careteam/invitations/{forCaregiver}/accept", null, Ct);
        var asPatient = await otherPatient.Client.PostAsync($"/api/v1/careteam/invitations/{forCaregiver}/accept", null, Ct);
        var unknown = await caregiver.Client.PostAsync("/api/v1/careteam/invitations/not-a-real-token/accept", null, Ct);

        var expected = await HttpAssertions.ProblemWithoutTraceIdAsync(unknown);
        foreach (var response in new[] { wrongAddress, wrongRole, asPatient })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(expected, await HttpAssertions.ProblemWithoutTraceIdAsync(response));
        }
    }

    [Fact]
    public async Task Accept_WithoutTwoFactor_IsRefusedUntilEnrolled()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver, twoFactor: false);
        var (_, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"]);

        var refused = await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);
        await caregiver.EnableTwoFactorAsync();
        var accepted = await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(refused)).GetProperty("errors").TryGetProperty("twoFactor", out _));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Invite_NoScopesOrBadRole_Returns400NamingFields()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/careteam/invitations", new { role = "patient", scopes = Array.Empty<string>() }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("role", out _));
        Assert.True(errors.TryGetProperty("scopes", out _));
    }

    [Fact]
    public async Task Invite_ByCaregiver_IsRefused()
    {
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var response = await caregiver.Client.PostAsJsonAsync("/api/v1/careteam/invitations", new { role = "caregiver", scopes = new[] { "mood" } }, Ct);

        // Issue 12: like every record a patient keeps, refused for other roles with 403 (PatientOnlyWritesTests).
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CancelledInvitation_LinkStopsWorking()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var (id, token) = await CareTeamSetup.InviteAsync(patient, UserRole.Caregiver, ["mood"]);

        var cancel = await patient.Client.DeleteAsync($"/api/v1/careteam/invitations/{id}", Ct);
        var accept = await caregiver.Client.PostAsync($"/api/v1/careteam/invitations/{token}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, accept.StatusCode);
    }
}
