using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

public sealed class PublicPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360, 780)]
    [InlineData(1280, 900)]
    public async Task HomePage_AtPhoneAndDesktopWidth_IsAccessibleAndFits(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Get help now" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"home-{width}");
    }

    [Fact]
    public async Task GetHelpNow_FromHeaderWithoutSigningIn_ShowsCrisisLinesForChosenCountry()
    {
        var page = await browser.NewPageAsync(360, 780);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Get help now" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/help$"));
        // Signed out, no country is known and none is assumed (issue 12 item 1): one tap on the country shows its lines.
        await Assertions.Expect(page.GetByText("call your local emergency number now")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "United States" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call 911" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("GB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show lines" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call 999" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call 116 123" })).ToHaveAttributeAsync("href", "tel:116123");
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "help-gb-360");
    }
}
