using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.WarningSigns;

/// <summary>The warning-signs checklist: the answer it gives and the alerts it raises.</summary>
public sealed class WarningSignsApiTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
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
}
