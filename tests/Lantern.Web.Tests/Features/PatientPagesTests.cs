using System.Net;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Features.Journey.JourneyApi;

namespace Lantern.Web.Tests.Features.Journey;

/// <summary>The journey pages over HTTP, as a browser without JavaScript would use them.</summary>
public sealed class JourneyPagesTests(SharedApp app)
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/checkin")]
    [InlineData("/checkin?date=2026-11-20")]
    [InlineData("/questionnaires")]
    [InlineData("/questionnaires/phq9")]
    [InlineData("/questionnaires/gad7")]
    [InlineData("/questionnaires/pcl5")]
    [InlineData("/alerts")]
    [InlineData("/warning-signs")]
    [InlineData("/onboarding")]
    [InlineData("/onboarding/result")]
    [InlineData("/my-data")]
    [InlineData("/")]
    public async Task Page_SignedInPatient_Returns200(string path)
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await patient.Client.GetAsync(path, Ct)).StatusCode);
    }

    [Fact]
    public async Task Phq9Form_Item9Is1_ResultAndCrisisRouteOnTheSameResponse()
    {
        var patient = await TestUser.CreateAsync(app);
        var fields = Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", i == 8 ? "1" : "0"));

        var response = await PageForms.PostAsync(patient.Client, "/questionnaires/phq9", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // not a redirect: help must not wait for another request
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"crisis-route\"", html);
        Assert.Contains("href=\"tel:988\"", html);
        Assert.True(html.IndexOf("crisis-route", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal), "The crisis route comes first.");
        Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/alerts")).EnumerateArray());
    }

    [Fact]
    public async Task Phq9Form_Unanswered_ShowsWhichItemAndKeepsTheOtherAnswers()
    {
        var patient = await TestUser.CreateAsync(app);
        var fields = Enumerable.Range(0, 8).Select(i => ($"Answers[{i}]", "2"));

        var response = await PageForms.PostAsync(patient.Client, "/questionnaires/phq9", fields);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Please answer item 9.", html);
        Assert.Contains("id=\"item-0-2\" name=\"Answers[0]\" value=\"2\" checked=\"checked\"", html);
        Assert.Equal(0, (await GetJsonAsync(patient.Client, "/api/v1/questionnaires/responses")).GetArrayLength());
    }

    [Fact]
    public async Task CheckInForm_Valid_RedirectsToDashboard_InvalidKeepsWhatWasTyped()
    {
        var patient = await TestUser.CreateAsync(app);

        var bad = await PageForms.PostAsync(patient.Client, "/checkin", [("Input.Mood", "6"), ("Input.Anxiety", "3"), ("Input.SleepHours", "30"), ("Input.Energy", "5"), ("Input.Note", "kept note")]);
        var badHtml = await bad.Content.ReadAsStringAsync(Ct);
        var good = await PageForms.PostAsync(patient.Client, "/checkin", [("Input.Mood", "6"), ("Input.Anxiety", "3"), ("Input.SleepHours", "7,5"), ("Input.Energy", "5")]);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Hours of sleep must be from 0 to 24.", badHtml);
        Assert.Contains("value=\"30\"", badHtml);
        Assert.Contains(">kept note</textarea>", badHtml);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/dashboard?saved=checkin", good.Headers.Location!.OriginalString);
        var saved = Assert.Single((await GetJsonAsync(patient.Client, "/api/v1/checkins")).EnumerateArray());
        Assert.Equal(7.5m, saved.GetProperty("sleepHours").GetDecimal());
    }

    [Fact]
    public async Task CheckInForm_WithWarningSign_AnswersWithCrisisRouteNotARedirect()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(patient.Client, "/checkin",
            [("Input.Mood", "1"), ("Input.Anxiety", "9"), ("Input.SleepHours", "3"), ("Input.Energy", "1"), ("Input.WarningSigns", "suicidal-thoughts")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Help is here, right now", html);
        Assert.Contains("href=\"tel:911\"", html);
    }

    [Fact]
    public async Task WarningSignsForm_ChestPain_AnswersOnTheSameResponse()
    {
        var patient = await TestUser.CreateAsync(app);

        var response = await PageForms.PostAsync(patient.Client, "/warning-signs", [("signs", "chest-pain")]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please get help now.", html);
        Assert.Contains("Chest pain needs checking straight away.", html);
    }

    [Fact]
    public async Task OnboardingForm_Missing_ShowsErrors_Complete_ShowsResultWithReasonsAndSources()
    {
        var patient = await TestUser.CreateAsync(app);
        var answers = new List<(string, string)> { ("Input.AgeYears", "abc") };

        var bad = await (await PageForms.PostAsync(patient.Client, "/onboarding", answers)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Enter a whole number.", bad);
        Assert.Contains("value=\"abc\"", bad);
        Assert.Contains("Please answer Yes, No or Not sure.", bad);

        answers = [("Input.AgeYears", "44"), ("Input.SupportAtHome", "someone-reachable-not-present")];
        foreach (var property in new[] { "Pregnant", "BreastFeeding", "PsychosisHistory", "ManiaHistory", "SubstanceUseDisorder",
            "AneurysmOrArteriovenousMalformation", "IntracerebralHaemorrhage", "UncontrolledBloodPressureOrHeartDisease", "KetamineAllergy" })
        {
            answers.Add(($"Input.{property}", property == "PsychosisHistory" ? "not-sure" : "no"));
        }

        answers.AddRange(Enumerable.Range(0, 9).Select(i => ($"Input.Phq9Answers[{i}]", "1")));
        var good = await (await PageForms.PostAsync(patient.Client, "/onboarding", answers)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Your screening result", good);
        Assert.Contains("Starting in a clinic looks like the better choice", good);
        Assert.Contains("You weren&#x27;t sure about past psychosis", good);
        Assert.Contains("Hull TD", good);
        Assert.Contains("href=\"/guide/questions-to-ask-a-provider\"", good);
        Assert.Contains("PHQ-9: 9 out of 27", good);
        Assert.Contains("data-testid=\"crisis-route\"", good); // item 9 answered 1 on the baseline too
    }
}
