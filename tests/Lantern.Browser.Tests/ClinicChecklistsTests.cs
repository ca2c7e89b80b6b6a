using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>Issue 8 "Done means": a signed-in person on a 360 px phone saves two clinics' checklists, compares them and prints.</summary>
public sealed class ClinicChecklistsTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;

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
}
