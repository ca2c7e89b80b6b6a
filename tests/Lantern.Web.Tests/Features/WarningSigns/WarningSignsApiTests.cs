using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Features.Journey.JourneyApi;

namespace Lantern.Web.Tests.Features.Journey;

/// <summary>The warning-signs checklist and the alerts it (and everything else) raises.</summary>
public sealed class AlertsAndWarningSignsTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static async Task<JsonElement> CheckSignsAsync(TestUser user, params string[] signs)
    {
        var response = await user.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task WarningSigns_ChestPain_AnswersEmergencyWithTheCountrysLines_AndSavesAnAlert()
    {
        var patient = await TestUser.CreateAsync(app, timeZone: "Europe/London");

        var result = await CheckSignsAsync(patient, "chest-pain", "bladder-pain-or-blood-in-urine");

        Assert.Equal("emergency", result.GetProperty("level").GetString());
        Assert.Contains("get help now", result.GetProperty("summary").GetString(), StringComparison.OrdinalIgnoreCase);
        var safety = result.GetProperty("safety");
        Assert.Equal(["chest-pain", "bladder-pain-or-blood-in-urine"], safety.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray());
        var crisis = safety.GetProperty("crisis");
        Assert.Equal("GB", crisis.GetProperty("countryCode").GetString());
        Assert.Equal("tel:999", crisis.GetProperty("lines")[0].GetProperty("href").GetString());
        Assert.Equal(2, safety.GetProperty("alertIds").GetArrayLength());
        Assert.Equal(2, (await GetJsonAsync(patient.Client, "/api/v1/alerts")).GetArrayLength());
    }

    [Fact]
    public async Task WarningSigns_NoneTicked_CalmAnswerAndNoAlert()
    {
        var patient = await TestUser.CreateAsync(app);

        var result = await CheckSignsAsync(patient);

        Assert.Equal(JsonValueKind.Null, result.GetProperty("level").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("safety").GetProperty("crisis").ValueKind);
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/alerts?status=all")).GetArrayLength());
    }

    [Fact]
    public async Task WarningSigns_UnknownSign_Returns400NamingIt_AndSavesNothing()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/warning-signs", new { signs = new[] { "chest-pain", "headache" } }, Ct);

        Assert.Equal(["signs[1]"], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/alerts?status=all")).GetArrayLength());
    }

    [Fact]
    public async Task WarningSigns_Catalogue_ListsOnlySelfReportedSigns()
    {
        var patient = await TestUser.CreateAsync(app);

        var codes = (await GetJsonAsync(patient.Client, "/api/v1/warning-signs")).EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToArray();

        Assert.Contains("suicidal-thoughts", codes);
        Assert.DoesNotContain("bp-urgent", codes); // raised by a reading, not a tick box
        Assert.DoesNotContain("self-harm-thoughts", codes); // raised by PHQ-9 item 9
    }

    [Fact]
    public async Task Acknowledge_ClosesTheAlert_KeepsTheFirstTime_AndListsItUnderAll()
    {
        var patient = await TestUser.CreateAsync(app);
        var id = (await CheckSignsAsync(patient, "unable-to-function")).GetProperty("safety").GetProperty("alertIds")[0].GetGuid();

        var first = await patient.Client.PostAsync($"/api/v1/alerts/{id}/acknowledge", null, Ct);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await patient.Client.PostAsync($"/api/v1/alerts/{id}/acknowledge", null, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstAt = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("acknowledgedAt").GetDateTimeOffset();
        Assert.Equal(firstAt, (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("acknowledgedAt").GetDateTimeOffset());
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/alerts")).GetArrayLength());
        Assert.Equal(1, (await GetJsonAsync(patient.Client, "/api/v1/alerts?status=all")).GetArrayLength());
        Assert.Contains("status", await HttpAssertions.ProblemFieldsAsync(await patient.Client.GetAsync("/api/v1/alerts?status=closed", Ct)));
    }
}
