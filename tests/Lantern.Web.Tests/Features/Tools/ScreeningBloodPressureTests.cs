using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Tools;

/// <summary>
/// Issue 12 item 4: uncontrolled blood pressure or heart disease gives "not now, until it is controlled, with your
/// prescriber" on every surface that runs the suitability screening (the public page and calculator API, onboarding
/// as a form and as an API), with its secondary sources named in words, and "a provider decides" kept.
/// </summary>
public sealed class ScreeningBloodPressureTests(SharedApp app)
{
    private const string UntilControlled = "not now: not until it is controlled, with your prescriber";
    private const string SecondaryInWords = "Seen only in a secondary source; not yet checked against the original.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] HistoryFields =
    [
        "Pregnant", "BreastFeeding", "PsychosisHistory", "ManiaHistory", "SubstanceUseDisorder",
        "AneurysmOrArteriovenousMalformation", "IntracerebralHaemorrhage", "UncontrolledBloodPressureOrHeartDisease", "KetamineAllergy",
    ];

    private static string Answer(string field, string yes, string no) => field == "UncontrolledBloodPressureOrHeartDisease" ? yes : no;

    // The calculator binds the enum (camel case); onboarding takes its documented kebab-case codes.
    private static Dictionary<string, object?> ApiAnswers(string support) => new()
    {
        ["ageYears"] = 45,
        ["supportAtHome"] = support,
        ["benzodiazepines"] = Array.Empty<object>(),
        ["phq9Answers"] = new[] { 2, 2, 2, 2, 2, 1, 1, 0, 0 },
    };

    private static Dictionary<string, object?> WithHistory(Dictionary<string, object?> body)
    {
        foreach (var field in HistoryFields)
        {
            body[char.ToLowerInvariant(field[0]) + field[1..]] = Answer(field, "yes", "no");
        }

        return body;
    }

    [Fact]
    public async Task CalculatorApi_UncontrolledBloodPressure_NotNowWithSecondarySources()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/screening", WithHistory(ApiAnswers("adultPresentDuringDoses")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotNowReason(await HttpAssertions.ReadJsonAsync(response));
    }

    [Fact]
    public async Task OnboardingApi_UncontrolledBloodPressure_NotNowWithSecondarySources()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await patient.Client.PostAsJsonAsync("/api/v1/onboarding", WithHistory(ApiAnswers("adult-present-during-doses")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotNowReason(await HttpAssertions.ReadJsonAsync(response));
    }

    [Fact]
    public async Task ToolsPage_UncontrolledBloodPressure_NotNowWithSourceStatusInWords()
    {
        (string, string)[] fields = [("AgeYears", "45"), ("SupportAtHome", "AdultPresentDuringDoses"), .. HistoryFields.Select(f => ($"History[{f}]", Answer(f, "Yes", "No")))];

        var html = await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/screening", fields);

        Assert.Contains(Lantern.Clinical.PlainWords.For(Lantern.Clinical.Screening.SuitabilityOutcome.NotNow), html, StringComparison.Ordinal);
        AssertPageReason(html);
    }

    [Fact]
    public async Task OnboardingPage_UncontrolledBloodPressure_NotNowWithSourceStatusInWords()
    {
        var patient = await TestUser.CreateAsync(app);
        (string, string)[] fields = [("Input.AgeYears", "45"), ("Input.SupportAtHome", "adult-present-during-doses"), .. HistoryFields.Select(f => ($"Input.{f}", Answer(f, "yes", "no")))];

        var html = (await Onboarding.OnboardingWalk.CompleteAsync(patient.Client, fields)).Html;

        Assert.Contains("Please talk with a provider first", html, StringComparison.Ordinal);
        AssertPageReason(html);
    }

    private static void AssertNotNowReason(JsonElement body)
    {
        Assert.Equal("not-now", body.GetProperty("outcome").GetString());
        Assert.Contains("a provider decides", body.GetProperty("providerDecides").GetString(), StringComparison.Ordinal);
        var reason = body.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "blood-pressure-or-heart");
        Assert.Equal("not-now", reason.GetProperty("effect").GetString());
        Assert.Contains(UntilControlled, reason.GetProperty("text").GetString(), StringComparison.Ordinal);
        var sources = reason.GetProperty("sources").EnumerateArray().ToArray();
        // Onboarding's source shape has no key, so the sources are named by their citations.
        Assert.StartsWith("SPRAVATO (esketamine) Important Safety Information", sources[0].GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Cohen SP, Bhatia A, Buvanendran A", sources[1].GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.All(sources.Take(2), s =>
        {
            Assert.Equal("secondary", s.GetProperty("status").GetString());
            Assert.Equal(SecondaryInWords, s.GetProperty("statusLabel").GetString());
        });
    }

    private static void AssertPageReason(string html)
    {
        Assert.Contains(UntilControlled, html, StringComparison.Ordinal);
        Assert.Contains("A provider decides", html, StringComparison.Ordinal);
        Assert.Contains("SPRAVATO (esketamine) Important Safety Information", html, StringComparison.Ordinal);
        Assert.Contains(SecondaryInWords, html, StringComparison.Ordinal);
        Assert.DoesNotContain("SECONDARY", html, StringComparison.Ordinal);
    }
}
