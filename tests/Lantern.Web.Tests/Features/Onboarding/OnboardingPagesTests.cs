using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Onboarding;

/// <summary>The onboarding pages over HTTP, as a browser without JavaScript would use them.</summary>
public sealed class OnboardingPagesTests(SharedApp app)
{
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
