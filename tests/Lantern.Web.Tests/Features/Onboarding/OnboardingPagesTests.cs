using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Onboarding;

/// <summary>
/// Onboarding in steps over HTTP, as a browser without JavaScript uses it: each step saved when the person continues,
/// resumed at the first step not done (after signing out and in too), checked one step at a time without losing what was
/// saved, a red flag answered on the step that asked it, the draft nobody else's, and the last step giving the result.
/// </summary>
public sealed class OnboardingPagesTests(SharedApp app)
{
    private static readonly (string, string)[] AboutYou =
        [("Input.AgeYears", "37"), ("Input.SupportAtHome", "adult-present-during-doses"), ("Input.Pregnant", "no"), ("Input.BreastFeeding", "not-sure")];

    private static readonly (string, string)[] History =
    [
        ("Input.PsychosisHistory", "not-sure"), ("Input.ManiaHistory", "no"), ("Input.SubstanceUseDisorder", "no"),
        ("Input.AneurysmOrArteriovenousMalformation", "no"), ("Input.IntracerebralHaemorrhage", "no"), ("Input.KetamineAllergy", "no"),
    ];

    [Fact]
    public async Task TwoStepsContinued_LeftAndSignedInAgain_ResumesAtStep3_WithEveryAnswerKept()
    {
        var patient = await TestUser.CreateAsync(app);

        var first = await OnboardingWalk.StepAsync(patient.Client, 1, AboutYou);
        var second = await OnboardingWalk.StepAsync(patient.Client, 2, History);

        Assert.Equal("/onboarding?step=2", first.Location);
        Assert.Equal("/onboarding?step=3", second.Location);
        Assert.Equal(HttpStatusCode.NoContent, (await patient.Client.PostAsJsonAsync("/api/v1/auth/logout", new { }, Ct)).StatusCode);
        var again = await patient.SignInOnNewClientAsync();

        var home = await PageForms.GetPageAsync(again, "/");
        Assert.Contains("Your answers so far are saved. Carry on where you left off.", home);
        Assert.Contains(">Carry on</a>", home);
        var resumed = await PageForms.GetPageAsync(again, "/onboarding");
        Assert.Contains("step 3 of 6", resumed);
        Assert.Contains("<h1>Blood pressure and heart</h1>", resumed);
        Assert.Contains("name=\"Step\" value=\"3\"", resumed);
        var aboutYou = await PageForms.GetPageAsync(again, "/onboarding?step=1");
        Assert.Contains("value=\"37\"", aboutYou);
        Assert.Matches("id=\"breastFeeding-not-sure\"[^>]*checked", aboutYou);
        Assert.Matches("id=\"supportAtHome-adult-present-during-doses\"[^>]*checked", aboutYou);
        var history = await PageForms.GetPageAsync(again, "/onboarding?step=2");
        Assert.Matches("id=\"psychosisHistory-not-sure\"[^>]*checked", history);
        Assert.Matches("id=\"ketamineAllergy-no\"[^>]*checked", history);
    }

    [Fact]
    public async Task StepList_ShowsDoneCurrentAndToDo_WithAProgressBar()
    {
        var patient = await TestUser.CreateAsync(app);
        await OnboardingWalk.StepAsync(patient.Client, 1, AboutYou);

        var html = await PageForms.GetPageAsync(patient.Client, "/onboarding");

        Assert.Contains("<progress max=\"6\" value=\"2\" aria-labelledby=\"progress-title\">", html);
        Assert.Contains("<li class=\"step-done\"><a href=\"/onboarding?step=1\">About you</a> <span class=\"step-state\">done</span>", Squeezed(html));
        Assert.Contains("<li class=\"step-current\" aria-current=\"step\"><span class=\"step-name\">Health history</span>", Squeezed(html));
        Assert.Contains("<li class=\"step-to-do\"><span class=\"step-name\">Medicines</span> <span class=\"step-state\">to do</span>", Squeezed(html));
        Assert.Contains(">Back</button>", html);
    }

    [Fact]
    public async Task StepWithBadAnswers_ErrorsForThatStepOnly_TypedTextShown_SavedAnswersKept()
    {
        var patient = await TestUser.CreateAsync(app);
        await OnboardingWalk.StepAsync(patient.Client, 1, AboutYou);

        var bad = await OnboardingWalk.StepAsync(patient.Client, 1, [("Input.AgeYears", "abc"), ("Input.SupportAtHome", "no-one")]);

        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("class=\"error-summary\"", bad.Html);
        Assert.Contains("<a href=\"#ageYears\">Enter a whole number.</a>", bad.Html);
        Assert.Contains("<a href=\"#pregnant-yes\">Please answer Yes, No or Not sure.</a>", bad.Html);
        Assert.Contains("value=\"abc\"", bad.Html);
        Assert.Matches("id=\"supportAtHome-no-one\"[^>]*checked", bad.Html);
        Assert.DoesNotContain("#psychosisHistory-yes", bad.Html); // the next step's questions wait for their own step
        var kept = await PageForms.GetPageAsync(patient.Client, "/onboarding?step=1");
        Assert.Contains("value=\"37\"", kept);
        Assert.Matches("id=\"supportAtHome-adult-present-during-doses\"[^>]*checked", kept);
        Assert.Contains("step 2 of 6", await PageForms.GetPageAsync(patient.Client, "/onboarding"));
    }

    [Fact]
    public async Task EachStep_ChecksItsOwnRules()
    {
        var patient = await TestUser.CreateAsync(app);
        await OnboardingWalk.CompleteAsync(patient.Client, OnboardingWalk.Required(), through: 2);

        var halfReading = await OnboardingWalk.StepAsync(patient.Client, 3, [("Input.UncontrolledBloodPressureOrHeartDisease", "no"), ("Input.RecentSystolic", "130")]);
        Assert.Contains("Give both blood-pressure numbers, or neither.", halfReading.Html);
        Assert.Contains("<a href=\"#recentDiastolic\">", halfReading.Html);
        await OnboardingWalk.StepAsync(patient.Client, 3, [("Input.UncontrolledBloodPressureOrHeartDisease", "no")]);

        var doseMissing = await OnboardingWalk.StepAsync(patient.Client, 4, [("Input.BenzoDrug[0]", "diazepam"), ("Input.BenzoDose[0]", "")]);
        Assert.Contains("<a href=\"#benzo-0-drug\">Choose the medicine and give how many mg you take a day.</a>", doseMissing.Html);
        var doseTooHigh = await OnboardingWalk.StepAsync(patient.Client, 4, [("Input.BenzoDrug[0]", "diazepam"), ("Input.BenzoDose[0]", "5000")]);
        Assert.Contains("<a href=\"#benzo-0-dose\">", doseTooHigh.Html);
        Assert.Equal("/onboarding?step=5", (await OnboardingWalk.StepAsync(patient.Client, 4, [])).Location);

        var phq9Half = await OnboardingWalk.StepAsync(patient.Client, 5, [("Input.Phq9Answers[0]", "1"), ("Input.Phq9Answers[1]", "2")]);
        Assert.Contains("<a href=\"#Phq9Answers-2-0\">", phq9Half.Html);
        Assert.Matches("id=\"Phq9Answers-1-2\"[^>]*checked", phq9Half.Html);
        Assert.Equal("/onboarding?step=6", (await OnboardingWalk.StepAsync(patient.Client, 5, [])).Location); // all blank: answer it later
    }

    [Fact]
    public async Task StepAheadOfWhereTheyAre_GoesToTheFirstUnfinishedStep()
    {
        var patient = await TestUser.CreateAsync(app);

        var get = await patient.Client.GetAsync("/onboarding?step=4", Ct);
        var post = await OnboardingWalk.StepAsync(patient.Client, 6, OnboardingWalk.Required());
        var nonsense = await patient.Client.GetAsync("/onboarding?step=zero", Ct);

        Assert.Equal("/onboarding?step=1", get.Headers.Location?.OriginalString);
        Assert.Equal("/onboarding?step=1", post.Location);
        Assert.Equal("/onboarding?step=1", nonsense.Headers.Location?.OriginalString);
        Assert.Contains("step 1 of 6", await PageForms.GetPageAsync(patient.Client, "/onboarding"));
    }

    [Fact]
    public async Task Back_KeepsTheStepAsTyped_WithoutCountingItDone()
    {
        var patient = await TestUser.CreateAsync(app);
        await OnboardingWalk.StepAsync(patient.Client, 1, AboutYou);

        var back = await OnboardingWalk.StepAsync(patient.Client, 2, [("Input.ManiaHistory", "yes")], back: true);

        Assert.Equal("/onboarding?step=1", back.Location);
        Assert.Matches("id=\"maniaHistory-yes\"[^>]*checked", await PageForms.GetPageAsync(patient.Client, "/onboarding?step=2"));
        Assert.Contains("step 2 of 6", await PageForms.GetPageAsync(patient.Client, "/onboarding"));
    }

    [Fact]
    public async Task Phq9StepWithItem9_CrisisRouteAtOnce_AboveTheNextStep()
    {
        var patient = await TestUser.CreateAsync(app);
        var form = OnboardingWalk.Required();
        form.AddRange(Enumerable.Range(0, 9).Select(i => ($"Input.Phq9Answers[{i}]", i == 8 ? "2" : "0")));

        var moodStep = await OnboardingWalk.CompleteAsync(patient.Client, form, through: 5);

        Assert.Equal(HttpStatusCode.OK, moodStep.Status);
        var crisis = moodStep.Html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal);
        Assert.True(crisis > 0, "No crisis route on the step's answer.");
        Assert.Contains("data-kind=\"mental-health-crisis\"", moodStep.Html);
        Assert.Contains("href=\"tel:988\"", moodStep.Html);
        Assert.True(crisis < moodStep.Html.IndexOf("Getting started: step 6 of 6", StringComparison.Ordinal));
        Assert.Contains("Your answers are saved.", moodStep.Html);
        Assert.Contains("name=\"Step\" value=\"6\"", moodStep.Html);
    }

    [Fact]
    public async Task Phq9StepWithItem9_GoingBack_StillAnswersWithTheCrisisRoute()
    {
        var patient = await TestUser.CreateAsync(app);
        await OnboardingWalk.CompleteAsync(patient.Client, OnboardingWalk.Required(), through: 4);

        var back = await OnboardingWalk.StepAsync(patient.Client, 5, Enumerable.Range(0, 9).Select(i => ($"Input.Phq9Answers[{i}]", i == 8 ? "1" : "0")), back: true);

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("data-kind=\"mental-health-crisis\"", back.Html);
        Assert.Contains("name=\"Step\" value=\"4\"", back.Html);
        Assert.Contains("step 6 of 6", await PageForms.GetPageAsync(patient.Client, "/onboarding")); // step 5 passed, so it is done
    }

    [Fact]
    public async Task LastStep_ShowsTheResultWithReasonsAndSources_AndRemovesTheDraft()
    {
        var patient = await TestUser.CreateAsync(app);
        var form = OnboardingWalk.Required(support: "someone-reachable-not-present");
        form.RemoveAll(f => f.Name == "Input.PsychosisHistory");
        form.Add(("Input.PsychosisHistory", "not-sure"));
        form.AddRange(Enumerable.Range(0, 9).Select(i => ($"Input.Phq9Answers[{i}]", "1")));

        var good = (await OnboardingWalk.CompleteAsync(patient.Client, form)).Html;

        Assert.Contains("Your screening result", good);
        Assert.Contains("Starting in a clinic looks like the better choice", good);
        Assert.Contains("You weren&#x27;t sure about past psychosis", good);
        Assert.Contains("Hull TD", good);
        Assert.Contains("href=\"/guide/questions-to-ask-a-provider\"", good);
        Assert.Contains("PHQ-9: 9 out of 27", good);
        Assert.Contains("data-testid=\"crisis-route\"", good); // item 9 answered 1 on the baseline too
        Assert.Equal(HttpStatusCode.OK, (await patient.Client.GetAsync("/api/v1/onboarding", Ct)).StatusCode);
        Assert.Contains("PHQ-9: 9 out of 27", await PageForms.GetPageAsync(patient.Client, "/onboarding/result"));
        var fresh = await PageForms.GetPageAsync(patient.Client, "/onboarding");
        Assert.Contains("step 1 of 6", fresh);
        Assert.DoesNotContain("value=\"44\"", fresh);
    }

    [Fact]
    public async Task Draft_IsTheOwnersOnly_NoOtherPatientOrCareTeamMemberSeesOrChangesIt()
    {
        var owner = await TestUser.CreateAsync(app);
        await OnboardingWalk.StepAsync(owner.Client, 1, AboutYou);
        await OnboardingWalk.StepAsync(owner.Client, 2, History);
        var other = await TestUser.CreateAsync(app);
        var (caregiver, _) = await CareTeamSetup.GrantAsync(owner, UserRole.Caregiver, "mood", "questionnaires", "sessions", "taper", "alerts", "journal");

        foreach (var someoneElse in new[] { other, caregiver })
        {
            var page = await PageForms.GetPageAsync(someoneElse.Client, "/onboarding");
            Assert.Contains("step 1 of 6", page);
            Assert.DoesNotContain("value=\"37\"", page);
            Assert.DoesNotMatch("type=\"radio\"[^>]*checked", page);
            Assert.Equal("/onboarding?step=1", (await someoneElse.Client.GetAsync("/onboarding?step=3", Ct)).Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.Client.GetAsync("/api/v1/onboarding", Ct)).StatusCode);
        }

        await OnboardingWalk.StepAsync(other.Client, 1, [("Input.AgeYears", "61"), ("Input.SupportAtHome", "no-one"), ("Input.Pregnant", "no"), ("Input.BreastFeeding", "no")]);
        Assert.Contains("step 2 of 6", await PageForms.GetPageAsync(other.Client, "/onboarding"));
        Assert.Contains("step 3 of 6", await PageForms.GetPageAsync(owner.Client, "/onboarding"));
        Assert.Contains("value=\"37\"", await PageForms.GetPageAsync(owner.Client, "/onboarding?step=1"));
    }

    private static string Squeezed(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><").Replace("</a><span", "</a> <span", StringComparison.Ordinal).Replace("</span><span", "</span> <span", StringComparison.Ordinal);
}
