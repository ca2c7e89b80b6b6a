using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Tools;

/// <summary>/tools/cost: signed out, a plain form, dated and sourced ranges, missing rows said out loud, errors by the field.</summary>
public sealed class CostPageTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> PostAsync(params (string, string)[] fields) =>
        await PageForms.SubmitForPageAsync(app.CreateBrowserlikeClient(), "/tools/cost", fields);

    [Fact]
    public async Task CostPage_SignedOut_Returns200WithFormAndNothingEstimated()
    {
        var response = await app.CreateClient().GetAsync("/tools/cost", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("name=\"Route\" value=\"esketamine\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Estimate:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CostPage_EsketamineEightWithWeeklyBoosters_ShowsStatFiguresWithDateAndSource()
    {
        var html = await PostAsync(("Route", "esketamine"), ("SessionsInCourse", "8"), ("Boosters", "weekly"), ("Insurance", "no"));

        Assert.Contains("This is an estimate, not a price.", html, StringComparison.Ordinal);
        Assert.Contains("$590 to $885", html, StringComparison.Ordinal);
        Assert.Contains("$4,720 to $7,080", html, StringComparison.Ordinal);
        Assert.Contains("$2,360 to $3,540", html, StringComparison.Ordinal);
        Assert.Contains("22 March 2019", html, StringComparison.Ordinal);
        Assert.Contains("STAT (Pharmalot)", html, StringComparison.Ordinal);
        Assert.Contains("status-secondary", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no dated, published figure", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostPage_EsketamineWithInsurance_SaysTheInsuredRowIsLeftOut()
    {
        var html = await PostAsync(("Route", "esketamine"), ("SessionsInCourse", "4"), ("Insurance", "yes"));

        Assert.Contains("We found no dated, published figure for what people with insurance pay for esketamine", html, StringComparison.Ordinal);
        Assert.Contains("Without insurance, or if your plan does not pay", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostPage_IvWithQuote_ShowsPublishedRangeAndQuoteTotals()
    {
        var html = await PostAsync(("Route", "iv"), ("SessionsInCourse", "6"), ("Boosters", "monthly"), ("Insurance", "unknown"), ("QuotedPricePerSession", "450"));

        Assert.Contains("$3,000 to $6,000", html, StringComparison.Ordinal);
        Assert.Contains("3 May 2022", html, StringComparison.Ordinal);
        Assert.Contains("From the price you were quoted", html, StringComparison.Ordinal);
        Assert.Contains("$2,700", html, StringComparison.Ordinal);
        Assert.Contains("January 2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostPage_BadInput_NamesEachFieldAndEstimatesNothing()
    {
        var html = await PostAsync(("SessionsInCourse", "0"), ("Boosters", "daily"));

        Assert.Matches("id=\"route-error\"[^>]*>Choose how the ketamine would be given", html);
        Assert.Matches("id=\"sessions-error\"[^>]*>Enter the number of sessions", html);
        Assert.Matches("id=\"boosters-error\"[^>]*>Unknown booster frequency", html);
        Assert.DoesNotContain("Estimate:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostPage_SessionsNotANumber_SaysEnterANumber()
    {
        var html = await PostAsync(("Route", "iv"), ("SessionsInCourse", "six"));

        Assert.Matches("id=\"sessions-error\"[^>]*>Enter a number.", html);
        Assert.Contains("value=\"iv\" checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Estimate:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolsIndex_ListsCostAndClinicQuestions()
    {
        var html = await app.CreateClient().GetStringAsync("/tools", Ct);

        Assert.Contains("href=\"/tools/cost\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/tools/clinic-questions\"", html, StringComparison.Ordinal);
    }
}
