using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// Red flags among a session's answers become alerts exactly as the journey's do: staged with the record that raised
/// them, with the flag's words and the crisis route on the very same response.
/// </summary>
public sealed class SessionRedFlagTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_HardToWake_RaisesEmergencyAlertWithTheCrisisRouteOnTheSameResponse()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 15);

        var response = await SessionsApi.PostCheckAsync(patient.Client, id, responsiveness: "hard-to-wake", breathingConcern: true);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var safety = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("safety");
        Assert.Equal("emergency", safety.GetProperty("level").GetString());
        Assert.Equal(["severe-confusion", "trouble-breathing"], safety.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()).Order());
        Assert.Equal(2, safety.GetProperty("alertIds").GetArrayLength());
        Assert.Contains(safety.GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("display").GetString() == "911");
        var alerts = await SessionsApi.AlertsAsync(patient.Client);
        Assert.Equal(2, alerts.Length);
        Assert.All(alerts, a => Assert.Equal("dosing-session", a.GetProperty("origin").GetString()));
    }

    [Fact]
    public async Task Check_CalmAndAwake_RaisesNothing()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);

        var response = await HttpAssertions.ReadJsonAsync(await SessionsApi.PostCheckAsync(patient.Client, id, calmness: "very-distressed"));

        Assert.Equal(0, response.GetProperty("safety").GetProperty("flags").GetArrayLength());
        Assert.Contains("Stay close", response.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await SessionsApi.AlertsAsync(patient.Client));
    }

    [Fact]
    public async Task SideEffects_UrinarySymptom_RaisesBladderAlertOnce_EvenWhenSavedAgain()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id, minutesAgo: 130);
        await SessionsApi.PutSessionAsync(patient.Client, id, new { state = "finished", closingFeeling = "okay" });
        var body = new { ratings = new Dictionary<string, int> { ["nausea"] = 2, ["sedation"] = 1 }, dissociation = 6, urinarySymptoms = new[] { "pain-passing-urine" } };

        var first = await HttpAssertions.ReadJsonAsync(await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects", body, Ct));
        var second = await HttpAssertions.ReadJsonAsync(await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects", body, Ct));

        Assert.Equal("bladder-pain-or-blood-in-urine", first.GetProperty("safety").GetProperty("flags")[0].GetProperty("code").GetString());
        Assert.Equal(1, first.GetProperty("safety").GetProperty("alertIds").GetArrayLength());
        Assert.Equal(0, second.GetProperty("safety").GetProperty("alertIds").GetArrayLength());
        Assert.Equal(1, second.GetProperty("safety").GetProperty("flags").GetArrayLength());
        var effects = second.GetProperty("session").GetProperty("sideEffects");
        Assert.Equal(6, effects.GetProperty("dissociation").GetInt32());
        Assert.Equal(2, effects.GetProperty("ratings").GetProperty("nausea").GetInt32());
        Assert.Single(await SessionsApi.AlertsAsync(patient.Client));
    }

    [Fact]
    public async Task SideEffects_ThoughtsOfSuicide_EmergencyAlertAndCrisisLines()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);

        var saved = await HttpAssertions.ReadJsonAsync(await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects",
            new { dissociation = 2, warningSigns = new[] { "suicidal-thoughts" } }, Ct));

        Assert.Equal("emergency", saved.GetProperty("safety").GetProperty("level").GetString());
        Assert.Contains(saved.GetProperty("safety").GetProperty("crisis").GetProperty("lines").EnumerateArray(), l => l.GetProperty("display").GetString() == "988");
        Assert.Equal("suicidal-thoughts", Assert.Single(await SessionsApi.AlertsAsync(patient.Client)).GetProperty("flagCode").GetString());
    }

    [Fact]
    public async Task SideEffects_BadValues_Return400NamingEveryFieldAndRaiseNothing()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);
        await SessionsApi.StartAsync(patient, id);

        var response = await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects", new
        {
            ratings = new Dictionary<string, int> { ["nausea"] = 5 }, dissociation = 11, urinarySymptoms = new[] { "blood-in-urine", "itching" }, warningSigns = new[] { "chest-pain" },
        }, Ct);

        Assert.Equal(["dissociation", "ratings.nausea", "urinarySymptoms[1]"], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty(await SessionsApi.AlertsAsync(patient.Client));
    }

    [Fact]
    public async Task SideEffects_BeforeTheSessionStarts_Returns409()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = await SessionsApi.NewSessionAsync(patient);

        var response = await patient.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/side-effects", new { dissociation = 0 }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
