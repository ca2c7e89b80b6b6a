using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Tools;

/// <summary>The calculator pages work signed out, with plain forms, and show the crisis route on the same response.</summary>
public sealed class ToolsPagesTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/tools")]
    [InlineData("/tools/phq9")]
    [InlineData("/tools/gad7")]
    [InlineData("/tools/pcl5")]
    [InlineData("/tools/screening")]
    [InlineData("/tools/blood-pressure")]
    [InlineData("/tools/diazepam-equivalent")]
    [InlineData("/tools/mme")]
    public async Task ToolPage_SignedOut_Returns200(string path)
    {
        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // Signed out, no country is known: the route says to call the local emergency number and offers the choice of
    // country, instead of the US lines it used to assume (issue 12 item 1).
    [Fact]
    public async Task Phq9Form_ItemNineAnswered_ShowsScoreCrisisRouteAndTheRightNowQuestionOnSameResponse()
    {
        var client = app.CreateBrowserlikeClient();
        var fields = Enumerable.Range(0, 9).Select(i => ($"Answers[{i}]", i == 8 ? "1" : "0"));

        var html = await PageForms.SubmitForPageAsync(client, "/tools/phq9", fields);

        Assert.Contains("Your score: 1 out of 27", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"mental-health-crisis\"", html, StringComparison.Ordinal);
        Assert.Contains("call your local emergency number", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/help\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:988", html, StringComparison.Ordinal);
        Assert.Contains("Are you having thoughts of killing yourself right now?", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes", "Thoughts of killing yourself right now")]
    [InlineData("no", "PHQ-9 item 9")]
    public async Task Phq9Form_RightNowAnswered_AnswersByUrgencyWithTheRouteFirst(string answer, string flagTitle)
    {
        var html = await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/phq9?handler=RightNow", [("answer", answer)]);

        Assert.Contains("data-kind=\"mental-health-crisis\"", html, StringComparison.Ordinal);
        Assert.Contains(flagTitle, html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("data-testid=\"crisis-route\"", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Phq9Form_MissingAnswer_NamesTheQuestionAndKeepsOtherAnswers()
    {
        var client = app.CreateBrowserlikeClient();
        var fields = Enumerable.Range(0, 8).Select(i => ($"Answers[{i}]", "2"));

        var html = await PageForms.SubmitForPageAsync(client, "/tools/phq9", fields);

        Assert.Contains("Please answer question 9.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q0-2\" name=\"Answers[0]\" value=\"2\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your score", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BloodPressureForm_CrisisReading_ShowsUrgentAdvice()
    {
        var html = await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/blood-pressure", [("Systolic", "181"), ("Diastolic", "80")]);

        // A blood-pressure emergency leads with emergency medical care, never with a suicide-crisis banner (issue 12 item 1),
        // and the category is in words, not its code name (item 2).
        Assert.Contains("181/80: Hypertensive crisis", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"medical-emergency\"", html, StringComparison.Ordinal);
        Assert.Contains("Get emergency medical help now", html, StringComparison.Ordinal);
        Assert.DoesNotContain("these thoughts", html, StringComparison.Ordinal);
        Assert.DoesNotContain("HypertensiveCrisis", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MmeForm_CdcExample_ShowsTotal()
    {
        var html = await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/mme", [("Items[0].Opioid", "oxycodone"), ("Items[0].DailyDose", "20")]);

        Assert.Contains("Total: 30 MME a day", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreeningForm_Unanswered_NamesEachMissingQuestion()
    {
        var html = await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/screening", [("AgeYears", "30")]);

        Assert.Contains("field-error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("At-home care could be discussed", html, StringComparison.Ordinal);
    }
}
