using System.Net;
using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Questionnaires;

/// <summary>The questionnaire pages over HTTP, as a browser without JavaScript would use them.</summary>
public sealed class QuestionnairePagesTests(SharedApp app)
{
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
}
