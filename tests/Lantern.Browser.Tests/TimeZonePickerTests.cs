using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>The sign-up time-zone picker: the browser's own zone preselected, grouped and readable at both widths.</summary>
public sealed class TimeZonePickerTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task SignUp_BrowserInTokyo_PreselectsTokyoAndPageIsAccessible(int width)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.App.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            Locale = "en-US",
            TimezoneId = "Asia/Tokyo",
        });
        var page = await context.NewPageAsync();
        var csp = BrowserFixture.WatchCsp(page);

        await page.GotoAsync("/account/sign-up");

        await Assertions.Expect(page.GetByLabel("Your time zone")).ToHaveValueAsync("Asia/Tokyo");
        await BrowserFixture.CheckPageAsync(page, $"sign-up-time-zone-{width}");
        Assert.Empty(csp);
        await context.CloseAsync();
    }

    [Fact]
    public async Task SignUp_WithoutJavaScript_KeepsTheDefaultZone()
    {
        var page = await browser.NewPageAsync(360, 900, javaScript: false);

        await page.GotoAsync("/account/sign-up");

        await Assertions.Expect(page.GetByLabel("Your time zone")).ToHaveValueAsync("America/New_York");
    }
}
