using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>Issue 15, item 9: the insights page at 360 px and 1280 px, reached from the dashboard, with axe.</summary>
public sealed class InsightsTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Insights_NewPerson_SaysThereIsTooLittleToCompare(int width)
    {
        var page = await browser.SignedInPageAsync("Sam", width: width);
        var cspViolations = BrowserFixture.WatchCsp(page);

        await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.Locator("a[href='/insights']")).ToHaveCountAsync(1);
        await page.GotoAsync("/insights");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Patterns in your check-ins" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Not enough to compare yet", new() { Exact = false })).ToHaveCountAsync(2);
        await BrowserFixture.CheckPageAsync(page, $"insights-{width}");
        Assert.Empty(cspViolations);
    }
}
