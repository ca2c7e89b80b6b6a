using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 8 "Done means": guide index → article → search → clinic checklist → print view on a 360 px phone, axe clean,
/// with screenshots; then a signed-in person saving two clinics and comparing them; then the cost estimator.
/// </summary>
public sealed partial class GuideToolsTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task Guide_IndexArticleSearchChecklistPrint_AtPhoneWidth_IsAccessibleAndFits()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 780);
        var csp = BrowserFixture.WatchCsp(page);

        // Index, then the article about what to ask.
        await page.GotoAsync("/guide");
        await page.GetByRole(AriaRole.Link, new() { Name = "Questions to ask a provider", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Questions to ask a provider" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "guide-tools-article-360");

        // Search from the guide for the checklist's subject.
        await page.GotoAsync("/guide");
        await page.GetByLabel("Search the guide").FillAsync("clinic questions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SearchUrl());
        var result = page.Locator("ol.guide-results > li").GetByRole(AriaRole.Link, new() { Name = "Questions to ask a provider", Exact = true });
        await BrowserFixture.CheckPageAsync(page, "guide-tools-search-360");
        await result.ClickAsync();

        // The article links to the checklist.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "clinic checklist" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Questions to ask a clinic" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "clinic-checklist-blank-360");

        // Fill it in signed out and show it ready to print; nothing is saved.
        await page.GetByLabel("Clinic name").FillAsync("Harbor Clinic");
        var licensed = page.GetByRole(AriaRole.Group, new() { Name = "Is the clinic licensed, with a named medical professional in charge?" });
        await licensed.GetByLabel("Yes").CheckAsync();
        await licensed.GetByLabel("Notes (optional)").FillAsync("Dr. Rao leads the team.");
        await page.GetByRole(AriaRole.Group, new() { Name = "What is the full cost, and what does it cover?" }).GetByLabel("Unsure").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my answers ready to print" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your answers for Harbor Clinic" });
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByText("Dr. Rao leads the team.")).ToBeVisibleAsync();
        await BrowserFixture.AssertFitsAsync(page);
        await BrowserFixture.AssertAccessibleAsync(page);

        // The print view: no header, buttons or form, just the answers.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show my answers ready to print" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Clinic name")).ToBeHiddenAsync();
        await Assertions.Expect(preview.GetByText("Dr. Rao leads the team.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "clinic-checklist-print-360");

        // The blank checklist prints as a form to write on.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/tools/clinic-questions");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Clinic name")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "clinic-checklist-blank-print-360");

        Assert.Empty(csp);
    }

    [Fact]
    public async Task Checklist_SignedInSavesTwoClinics_ComparesSideBySideAndPrints()
    {
        var page = await browser.SignedInPageAsync("Sky", width: PhoneWidth);
        var csp = BrowserFixture.WatchCsp(page);

        await page.GotoAsync("/tools/clinic-questions");
        await page.GetByLabel("Clinic name").FillAsync("North Clinic");
        await page.GetByRole(AriaRole.Group, new() { Name = "Is therapy or integration support included?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save for this clinic" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your clinic checklists" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a clinic" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this clinic" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Enter the clinic's name.")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("Clinic name").FillAsync("South Clinic");
        await page.GetByRole(AriaRole.Group, new() { Name = "Is therapy or integration support included?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is therapy or integration support included?" }).GetByLabel("Notes (optional)").FillAsync("Referral list only");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this clinic" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Answers side by side" });
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Question", "North Clinic", "South Clinic"]);
        var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Is therapy or integration support included?" });
        await Assertions.Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync([new Regex("^\\s*Yes\\s*$"), new Regex("No\\s*Referral list only")]);
        await BrowserFixture.CheckPageAsync(page, "clinic-checklists-compare-360");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add a clinic" })).ToBeHiddenAsync();
        await Assertions.Expect(table).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "clinic-checklists-compare-print-360");

        Assert.Empty(csp);
    }

    [Fact]
    public async Task CostEstimator_EsketamineWithInsurance_ShowsDatedRangesAndTheMissingRowAtPhoneWidth()
    {
        var page = await browser.NewPageAsync(PhoneWidth, 780);
        var csp = BrowserFixture.WatchCsp(page);
        await page.GotoAsync("/tools");
        await page.GetByRole(AriaRole.Link, new() { Name = "What ketamine care might cost" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Esketamine nasal spray (Spravato) in a clinic").CheckAsync();
        await page.GetByLabel("Sessions in the first course").FillAsync("8");
        await page.GetByLabel("Booster sessions after the course").SelectOptionAsync("weekly");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Estimate the cost" }).ClickAsync();

        var result = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(result.GetByText("$4,720 to $7,080")).ToBeVisibleAsync();
        await Assertions.Expect(result.GetByText("$2,360 to $3,540 (once a week (4 a month))")).ToBeVisibleAsync();
        await Assertions.Expect(result.GetByText("22 March 2019", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(result.GetByText("no dated, published figure", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "cost-estimator-360");
        Assert.Empty(csp);
    }

    [GeneratedRegex("/guide/search\\?q=clinic\\+questions$")]
    private static partial Regex SearchUrl();
}
