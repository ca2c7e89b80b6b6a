using System.Globalization;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 8 item 6 on a 360 px phone: check in with a pain score, log two opioids through the form, and read MME per
/// day next to pain as charts, words and a table; axe on every page, no CSP violations, nothing wider than the screen.
/// </summary>
public sealed class PainLogTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task LogTwoOpioids_AtPhoneWidth_ChartAndTableShowTheTotalNextToPain()
    {
        var page = await browser.SignedInPageAsync("Riley", width: PhoneWidth);
        // The browser app runs on the real clock; a few weeks back is in the past in every time zone.
        var oxycodoneFrom = DateTime.UtcNow.Date.AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hydromorphoneFrom = DateTime.UtcNow.Date.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Today's check-in with a pain score.
        await page.GotoAsync("/checkin");
        await page.Locator("label[for=mood-5]").ClickAsync();
        await page.Locator("label[for=anxiety-4]").ClickAsync();
        await page.GetByLabel("Hours of sleep last night").FillAsync("6.5");
        await page.Locator("label[for=energy-4]").ClickAsync();
        await page.Locator("label[for=pain-6]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your check-in is saved.")).ToBeVisibleAsync();

        // CSP is watched from here: the check-in page's validation summary carries an inline style of its own.
        var cspViolations = BrowserFixture.WatchCsp(page);

        // The pain page, from the navigation, before anything is logged.
        await BrowserFixture.NavigateAsync(page, "Pain");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pain and opioid doses" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Changes to opioid doses are made with your prescriber.", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "pain-empty-360");

        // A fentanyl patch typed in mg is caught beside the unit.
        await LogAsync(page, "fentanyl-patch", "25", "mg a day", oxycodoneFrom);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Fentanyl transdermal patch is entered in mcg/h, not 'mg/day'." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Dose", new() { Exact = true })).ToHaveValueAsync("25");
        await BrowserFixture.CheckPageAsync(page, "pain-unit-error-360");

        // Two opioids that overlap: oxycodone 30 mg a day, then hydromorphone 4 mg a day on top.
        await LogAsync(page, "oxycodone", "30", "mg a day", oxycodoneFrom);
        await Assertions.Expect(page.GetByText("Opioid dose saved.")).ToBeVisibleAsync();
        await LogAsync(page, "hydromorphone", "4", "mg a day", hydromorphoneFrom);
        await Assertions.Expect(page.GetByText("Opioid dose saved.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "30 days" }).ClickAsync();
        var mmeChart = page.GetByRole(AriaRole.Img, new() { Name = "Morphine milligram equivalents (MME) per day" }).First;
        await Assertions.Expect(mmeChart).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Pain from your check-ins" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("figcaption", new() { HasText = "MME per day ranged from 0 to 65" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart-key li", new() { HasText = "≥90 MME/day reference (from a secondary source)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Oxycodone, 30 mg/day" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hydromorphone, 4 mg/day" })).ToBeVisibleAsync();

        await page.GetByText("MME and pain as a table").ClickAsync();
        var table = page.GetByRole(AriaRole.Table);
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "65" }).First).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Row).Last.GetByRole(AriaRole.Cell).Last).ToHaveTextAsync("6");
        await BrowserFixture.CheckPageAsync(page, "pain-chart-and-table-360");

        // The same page on a wide screen uses the wide rendering.
        await page.SetViewportSizeAsync(1280, 900);
        await Assertions.Expect(page.Locator("svg.chart-wide").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "pain-chart-and-table-1280");

        Assert.True(cspViolations.Count == 0, string.Join("\n", cspViolations));
    }

    [Fact]
    public async Task PainPage_WithJavaScriptOff_LogsADoseAndStaysAccessible()
    {
        var page = await browser.SignedInPageAsync("Avery", width: PhoneWidth, javaScript: false);

        await page.GotoAsync("/pain");
        await LogAsync(page, "fentanyl-patch", "25", "mcg an hour (fentanyl patch)", DateTime.UtcNow.Date.AddDays(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        await Assertions.Expect(page.GetByText("Opioid dose saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("60 MME a day", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.chart-narrow").First).ToBeVisibleAsync();
        await BrowserFixture.AssertFitsAsync(page);
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "pain-no-js-360");
        await page.Context.CloseAsync();
    }

    private static async Task LogAsync(IPage page, string opioid, string dose, string unit, string from)
    {
        var form = page.Locator("#opioid-form");
        await form.GetByLabel("Opioid", new() { Exact = true }).SelectOptionAsync(opioid);
        await form.GetByLabel("Dose", new() { Exact = true }).FillAsync(dose);
        await form.GetByLabel(unit, new() { Exact = true }).CheckAsync();
        await form.GetByLabel("First day of this dose").FillAsync(from);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to my log" }).ClickAsync();
    }
}
