using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Tools;

/// <summary>The public calculators through real HTTP, with the reference's own figures (clinical.md).</summary>
public sealed class CalculatorApiTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, "mild")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, 10, "moderate")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 1, 0 }, 15, "moderately-severe")]
    [InlineData(new[] { 3, 3, 3, 3, 2, 2, 2, 2, 0 }, 20, "severe")]
    public async Task Phq9_ReferenceVectors_ScoreAndBand(int[] answers, int total, string severity)
    {
        var body = await PostOkAsync("/api/v1/calculators/phq9", new { answers });

        Assert.Equal(total, body.GetProperty("total").GetInt32());
        Assert.Equal(severity, body.GetProperty("severity").GetString());
        Assert.Empty(body.GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public async Task Phq9_ItemNineAnswered_RaisesSelfHarmFlagEvenWithLowTotal()
    {
        var body = await PostOkAsync("/api/v1/calculators/phq9", new { answers = new[] { 0, 0, 0, 0, 0, 0, 0, 0, 1 } });

        var flag = Assert.Single(body.GetProperty("flags").EnumerateArray());
        Assert.Equal("self-harm-thoughts", flag.GetProperty("code").GetString());
        Assert.True(flag.GetProperty("showCrisisResources").GetBoolean());
    }

    [Fact]
    public async Task Phq9_AnswerOutOfRange_Returns400NamingTheItem()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/phq9", new { answers = new[] { 0, 0, 0, 4, 0, 0, 0, 0, 0 } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("answers[3]", out _));
    }

    [Theory]
    [InlineData(4, "minimal")]
    [InlineData(5, "mild")]
    [InlineData(10, "moderate")]
    [InlineData(15, "severe")]
    [InlineData(21, "severe")]
    public async Task Gad7_BandEdges(int total, string severity)
    {
        var answers = Enumerable.Range(0, 7).Select(i => Math.Clamp(total - (3 * i), 0, 3)).ToArray();
        Assert.Equal(total, answers.Sum());

        var body = await PostOkAsync("/api/v1/calculators/gad7", new { answers });

        Assert.Equal(severity, body.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Pcl5_AllTwos_PositiveOnCutPointAndDsmRule()
    {
        var body = await PostOkAsync("/api/v1/calculators/pcl5", new { answers = Enumerable.Repeat(2, 20), cutPoint = 31 });

        Assert.Equal(40, body.GetProperty("total").GetInt32());
        Assert.True(body.GetProperty("positiveScreen").GetBoolean());
        Assert.True(body.GetProperty("dsm5RuleMet").GetBoolean());
        Assert.Equal(10, body.GetProperty("clusters").GetProperty("b").GetInt32());
    }

    [Fact]
    public async Task Pcl5_CutPointOutsideRange_Returns400OnCutPoint()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/pcl5", new { answers = Enumerable.Repeat(1, 20), cutPoint = 40 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("cutPoint", out _));
    }

    [Theory]
    [InlineData("hydrocodone", 20, 20)]   // CDC 2022 worked example: hydrocodone 5 mg four times a day
    [InlineData("oxycodone", 20, 30)]     // CDC 2022 worked example: oxycodone ER 10 mg twice a day
    [InlineData("fentanyl-patch", 25, 60)]
    public async Task Mme_CdcExamples(string opioid, decimal dailyDose, decimal expected)
    {
        var body = await PostOkAsync("/api/v1/calculators/mme", new { items = new[] { new { opioid, dailyDose } } });

        Assert.Equal(expected, body.GetProperty("totalMme").GetDecimal());
        Assert.Contains("convert", body.GetProperty("caution").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mme_SeveralItemsOverNinety_SumsAndFlagsBothThresholds()
    {
        var body = await PostOkAsync("/api/v1/calculators/mme", new
        {
            items = new object[] { new { opioid = "oxycodone", dailyDose = 30 }, new { opioid = "hydromorphone", dailyDose = 8 } },
        });

        Assert.Equal(85m, body.GetProperty("totalMme").GetDecimal());
        var codes = body.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("thresholdMme").GetInt32()).ToArray();
        Assert.Equal([50], codes);
        Assert.Equal("secondary", body.GetProperty("flags")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Mme_UnknownOpioid_Returns400ListingAcceptedNames()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/mme", new { items = new[] { new { opioid = "unobtainium", dailyDose = 10 } } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").GetProperty("items[0].opioid")[0].GetString();
        Assert.Contains("oxycodone", message, StringComparison.Ordinal);
        Assert.Contains("tramadol", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lorazepam", 4, null, 40, "ashton")]     // WHO 2009 worked example
    [InlineData("temazepam", 60, null, 30, "ashton")]    // WHO 2009 worked example
    [InlineData("alprazolam", 2, "va-dod", 20, "va-dod")]
    [InlineData("alprazolam", 2, "ashton", 40, "ashton")]
    public async Task DiazepamEquivalent_ReferenceExamples_NamedTable(string drug, decimal dose, string? table, decimal expected, string expectedTable)
    {
        var body = await PostOkAsync("/api/v1/calculators/diazepam-equivalent", new { drug, dailyDoseMg = dose, table });

        Assert.Equal(expected, body.GetProperty("diazepamMg").GetDecimal());
        Assert.Equal(expectedTable, body.GetProperty("table").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("source").GetProperty("citation").GetString()));
    }

    [Fact]
    public async Task DiazepamEquivalent_UnknownDrug_Returns400ListingAcceptedNames()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/diazepam-equivalent", new { drug = "aspirin", dailyDoseMg = 4 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").GetProperty("drug")[0].GetString();
        Assert.Contains("lorazepam", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screening_CompleteAnswers_ReturnsOutcomeWithSourcedReasons()
    {
        var body = await PostOkAsync("/api/v1/calculators/screening", CompleteScreening(psychosisHistory: "yes"));

        Assert.Contains(body.GetProperty("outcome").GetString(), new[] { "clinic-recommended", "not-now" });
        Assert.NotEmpty(body.GetProperty("reasons").EnumerateArray());
        Assert.All(body.GetProperty("reasons").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetProperty("citation").GetString())));
        Assert.Contains("provider", body.GetProperty("providerDecides").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Screening_MissingAnswer_Returns400NamingItNeverAssumingNo()
    {
        var request = CompleteScreening(psychosisHistory: null);

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/screening", request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("psychosisHistory", out _));
    }

    [Theory]
    [InlineData("GB", "116123", "999")]
    [InlineData("IE", "116123", "112")]
    [InlineData("AU", "131114", "000")]
    [InlineData("CA", "988", "911")]
    [InlineData("US", "988", "911")]
    public async Task CrisisResources_ByCountry_ListsEmergencyNumberFirst(string country, string line, string emergency)
    {
        var body = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/crisis-resources?country={country}", Ct);

        var contacts = body.GetProperty("contacts").EnumerateArray().ToArray();
        Assert.Equal(emergency, contacts[0].GetProperty("dial").GetString());
        Assert.True(contacts[0].GetProperty("isEmergencyNumber").GetBoolean());
        Assert.Contains(contacts, c => c.GetProperty("dial").GetString() == line);
    }

    [Fact]
    public async Task CrisisResources_UnknownCountry_Returns400OnCountry()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/crisis-resources?country=ZZ", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssertions.ReadJsonAsync(response)).GetProperty("errors").TryGetProperty("country", out _));
    }

    internal static Dictionary<string, object?> CompleteScreening(string? psychosisHistory) => new()
    {
        ["ageYears"] = 34,
        ["pregnant"] = "no",
        ["breastFeeding"] = "no",
        ["psychosisHistory"] = psychosisHistory,
        ["maniaHistory"] = "no",
        ["substanceUseDisorder"] = "no",
        ["aneurysmOrArteriovenousMalformation"] = "no",
        ["intracerebralHaemorrhage"] = "no",
        ["uncontrolledBloodPressureOrHeartDisease"] = "no",
        ["ketamineAllergy"] = "no",
        ["supportAtHome"] = "adultPresentDuringDoses",
    };

    private async Task<JsonElement> PostOkAsync(string path, object body)
    {
        var response = await app.CreateClient().PostAsJsonAsync(path, body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await HttpAssertions.ReadJsonAsync(response);
    }
}
