using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 6 on a 360 px phone: build a plan, compare two paces, save it, record a hold, keep the journal, and print
/// the plan from the print view; axe on every page, no CSP violations, nothing wider than the screen.
/// </summary>
public sealed class TaperJourneyTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task BuildCompareSavePrint_AtPhoneWidth_AccessibleAndFitsWithPrescriberNoteEverywhere()
    {
        var page = await browser.SignedInPageAsync("Jordan", width: PhoneWidth);
        var cspViolations = BrowserFixture.WatchCsp(page);

        // The taper home, from the navigation.
        await BrowserFixture.NavigateAsync(page, "Taper");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your taper" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-home-360");

        // Build: sertraline tablets, 10 % every 4 weeks, compared with 25 %.
        await page.GetByRole(AriaRole.Link, new() { Name = "Build a plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Build a taper plan" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-builder-360");
        await page.GetByLabel("Medicine and the form you take it in").SelectOptionAsync("sertraline|tablets");
        await page.GetByLabel("Total daily dose now (mg)").FillAsync("100");
        await page.GetByLabel("Step size (% of the previous dose)", new() { Exact = true }).FillAsync("10");
        await page.GetByLabel("Days between steps", new() { Exact = true }).FillAsync("28");
        await page.GetByLabel("Last dose before stopping (mg, optional)").FillAsync("25");
        await page.GetByLabel("Second step size (% of the previous dose)").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two paces side by side" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Daily dose over time, two paces compared" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Pace 2: 25 % of the previous dose every 28 days" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("For discussion with your prescriber.").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-compare-360");

        // Save the first pace.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save pace 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Taper plan: Sertraline from 100 mg" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Plan saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Daily dose over time" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-plan-360");
        var planUrl = page.Url;

        // Record a hold through the page: the next step moves one interval on.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a hold" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Recorded: held at the current dose.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Held (recorded)" })).ToBeVisibleAsync();

        // The journal: symptoms not tolerable, so the next step suggests holding.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "This plan" }).GetByRole(AriaRole.Link, new() { Name = "Journal" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-journal-360");
        await page.GetByRole(AriaRole.Group, new() { Name = "1. Dizziness or light-headedness" }).GetByLabel("Moderate").CheckAsync();
        await page.GetByLabel("No, they are too much").CheckAsync();
        await page.GetByLabel("Your mood today").SelectOptionAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save today" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Please don't make the next reduction yet", new() { Exact = false }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Talk to your prescriber today.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Withdrawal symptoms and dose steps" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-journal-saved-360");

        // Print view: on screen it explains itself; as paper it drops the site's header and keeps the plan.
        await page.GotoAsync(planUrl);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hold suggested before the next step" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Taper plan for discussion with your prescriber" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print this plan" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "taper-print-view-360");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print this plan" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Schedule" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "taper-print-media-360");
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        using (var printed = PdfDocument.Open(pdf))
        {
            Assert.Equal(1, printed.NumberOfPages);
            var text = string.Join(" ", printed.GetPages().Select(p => p.Text));
            Assert.Contains("prescriber", text, StringComparison.Ordinal);
            Assert.Contains("Sertraline", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Get help now", text, StringComparison.Ordinal);
        }

        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task OccupancyPreview_WithJavaScriptOff_ShowsSecondaryStatusAndStaysAccessible()
    {
        var page = await browser.SignedInPageAsync("Casey", width: PhoneWidth, javaScript: false);

        await page.GotoAsync("/taper/plans/new");
        await page.GetByLabel("Medicine and the form you take it in").SelectOptionAsync("citalopram|");
        await page.GetByLabel("Total daily dose now (mg)").FillAsync("20");
        await page.GetByLabel("Occupancy-targeted (opt-in, antidepressants)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the plan" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Estimated occupancy. How we know this:").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Estimated occupancy over time (model parameters from a secondary source)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Schedule" })).ToContainTextAsync("from a secondary source");
        await BrowserFixture.AssertFitsAsync(page);
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "taper-occupancy-no-js-360");
        await page.Context.CloseAsync();
    }
}
