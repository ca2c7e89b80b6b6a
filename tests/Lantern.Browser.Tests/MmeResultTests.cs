using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// The MME result ran off a 360 px screen and named the patch "fentanyl-patch". It now fits at both widths, and every
/// row names the medicine in plain words.
/// </summary>
public sealed class MmeResultTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task MmeResult_ThreeOpioidsWithThePatch_FitsTheScreenAndShowsPlainNames(int width)
    {
        var page = await browser.NewPageAsync(width, 800);
        var csp = BrowserFixture.WatchCsp(page);
        await page.GotoAsync("/tools/mme");

        await page.Locator("#opioid-0").SelectOptionAsync("fentanyl-patch");
        await page.Locator("#dose-0").FillAsync("25");
        await page.Locator("#opioid-1").SelectOptionAsync("hydromorphone");
        await page.Locator("#dose-1").FillAsync("12");
        await page.Locator("#opioid-2").SelectOptionAsync("oxycodone");
        await page.Locator("#dose-2").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add it up" }).ClickAsync();

        var result = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(result.GetByRole(AriaRole.Cell, new() { Name = "Fentanyl transdermal patch", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(result.GetByText("fentanyl-patch")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, $"mme-result-{width}");
        Assert.Empty(csp);
    }
}
