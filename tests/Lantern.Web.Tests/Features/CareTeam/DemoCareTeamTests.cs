using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Features.CareTeam;
using Lantern.Web.Platform.Demo;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using OtpNet;

namespace Lantern.Web.Tests.Features.CareTeam;

/// <summary>
/// The Development demo: the app started as `dotnet run` starts it, then the README's demo caregiver and therapist
/// sign in with the published authenticator keys and find the demo patient shared with them.
/// </summary>
public sealed class DemoCareTeamTests(DemoCareTeamTests.DemoAppFactory app) : IClassFixture<DemoCareTeamTests.DemoAppFactory>
{
    public sealed class DemoAppFactory : LanternAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("Lantern:SeedDemoData", "true");
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignInAsync(UserRole role, string? authenticatorKey)
    {
        var account = DemoSeeder.Accounts.Single(a => a.Role == role);
        var client = app.CreateBrowserlikeClient();
        app.Time.Advance(TimeSpan.FromSeconds(30)); // a fresh TOTP step for every sign-in
        var code = authenticatorKey is null ? null : new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp(app.Time.GetUtcNow().UtcDateTime);
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = account.Email, password = account.Password, code }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    [Fact]
    public async Task DemoTherapist_SignsInWithThePublishedKey_AndSeesTheDemoPatientInTheCaseload()
    {
        var therapist = await SignInAsync(UserRole.Therapist, CareTeamDemoData.TherapistAuthenticatorKey);

        var caseload = (await therapist.GetFromJsonAsync<JsonElement>("/api/v1/careteam/caseload", Ct)).EnumerateArray().ToArray();

        var row = Assert.Single(caseload);
        Assert.Equal(DemoSeeder.Accounts.Single(a => a.Role == UserRole.Patient).DisplayName, row.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Number, row.GetProperty("phq9").GetProperty("latest").ValueKind);
        var notes = await therapist.GetFromJsonAsync<JsonElement>($"/api/v1/careteam/patients/{row.GetProperty("patientId").GetGuid()}/notes", Ct);
        Assert.NotEqual(0, notes.GetArrayLength());
    }

    [Fact]
    public async Task DemoCaregiver_SeesMoodButNotQuestionnaires()
    {
        var caregiver = await SignInAsync(UserRole.Caregiver, CareTeamDemoData.CaregiverAuthenticatorKey);
        var patients = (await caregiver.GetFromJsonAsync<JsonElement>("/api/v1/careteam/patients", Ct)).EnumerateArray().ToArray();
        var patientId = Assert.Single(patients).GetProperty("patientId").GetGuid();

        var dashboard = await caregiver.GetFromJsonAsync<JsonElement>($"/api/v1/dashboard?patientId={patientId}", Ct);
        Assert.NotEqual(JsonValueKind.Null, dashboard.GetProperty("daily").ValueKind);
        Assert.Equal(JsonValueKind.Null, dashboard.GetProperty("phq9").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caregiver.GetAsync($"/api/v1/questionnaires/responses?instrument=phq9&patientId={patientId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task DemoPatient_SeesBothPeopleOnWhoCanSeeMyData()
    {
        var patient = await SignInAsync(UserRole.Patient, null);

        var grants = (await patient.GetFromJsonAsync<JsonElement>("/api/v1/careteam/grants", Ct)).EnumerateArray().ToArray();

        Assert.Equal(2, grants.Length);
        Assert.All(grants, g => Assert.True(g.GetProperty("granteeHasTwoFactor").GetBoolean()));
    }
}
