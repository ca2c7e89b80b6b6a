using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Tools;

/// <summary>The calculator pages work signed out, with plain forms, and show the crisis route on the same response.</summary>
public sealed partial class ToolsPagesTests(SharedApp app)
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

    [Fact]
    public async Task Phq9Form_ItemNineAnswered_ShowsScoreAndCrisisRouteOnSameResponse()
    {
        var client = app.CreateBrowserlikeClient();
        var fields = Enumerable.Range(0, 9).ToDictionary(i => $"Answers[{i}]", i => i == 8 ? "1" : "0");

        var html = await PostFormAsync(client, "/tools/phq9", fields);

        Assert.Contains("Your score: 1 out of 27", html, StringComparison.Ordinal);
        Assert.Contains("Please reach out now", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:988\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phq9Form_MissingAnswer_NamesTheQuestionAndKeepsOtherAnswers()
    {
        var client = app.CreateBrowserlikeClient();
        var fields = Enumerable.Range(0, 8).ToDictionary(i => $"Answers[{i}]", _ => "2");

        var html = await PostFormAsync(client, "/tools/phq9", fields);

        Assert.Contains("Please answer question 9.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q0-2\" name=\"Answers[0]\" value=\"2\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your score", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BloodPressureForm_CrisisReading_ShowsUrgentAdvice()
    {
        var html = await PostFormAsync(app.CreateBrowserlikeClient(), "/tools/blood-pressure", new() { ["Systolic"] = "181", ["Diastolic"] = "80" });

        Assert.Contains("181/80", html, StringComparison.Ordinal);
        Assert.Contains("Please reach out now", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MmeForm_CdcExample_ShowsTotal()
    {
        var html = await PostFormAsync(app.CreateBrowserlikeClient(), "/tools/mme", new() { ["Items[0].Opioid"] = "oxycodone", ["Items[0].DailyDose"] = "20" });

        Assert.Contains("Total: 30 MME a day", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreeningForm_Unanswered_NamesEachMissingQuestion()
    {
        var html = await PostFormAsync(app.CreateBrowserlikeClient(), "/tools/screening", new() { ["AgeYears"] = "30" });

        Assert.Contains("field-error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("At-home care could be discussed", html, StringComparison.Ordinal);
    }

    private static async Task<string> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync(path, Ct);
        fields["__af"] = TokenPattern().Match(form).Groups[1].Value;
        var response = await client.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
