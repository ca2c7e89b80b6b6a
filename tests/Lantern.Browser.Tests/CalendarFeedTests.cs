using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>The private calendar link page (issue 16): made, copied, read by a calendar app, turned off; at phone and desktop widths.</summary>
public sealed class CalendarFeedTests(BrowserFixture browser)
{
    private const string Page = "/account/calendar-feed";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task CalendarLink_MadeCopiedAndTurnedOff_AccessibleAndFits(int width)
    {
        var page = await browser.SignedInPageAsync("Robin", width: width);
        var csp = BrowserFixture.WatchCsp(page);
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync(Page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Calendar link", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"calendar-feed-none-{width}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Make a calendar link" }).ClickAsync();

        var link = page.GetByLabel("Calendar link", new() { Exact = true });
        await Assertions.Expect(link).ToBeVisibleAsync();
        var url = await link.InputValueAsync();
        Assert.Matches("/calendar/[A-Za-z0-9_-]{43}\\.ics$", url);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open in my calendar app" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^webcal://"));
        await BrowserFixture.CheckPageAsync(page, $"calendar-feed-new-{width}");

        // The copy button is the script's: it appears and copies the link.
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the link" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The link is copied.")).ToBeVisibleAsync();
        Assert.Equal(url, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        // A calendar app reads it (the address needs no sign-in; the web tests prove that without a cookie).
        var feed = await page.Context.APIRequest.GetAsync(new Uri(url).AbsolutePath);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(Page);
        await Assertions.Expect(page.GetByLabel("Calendar link", new() { Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your calendar link is turned off.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"calendar-feed-off-{width}");
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync(new Uri(url).AbsolutePath)).Status);
        Assert.Empty(csp);
    }

    [Fact]
    public async Task CalendarLink_WithoutJavaScript_IsShownToSelect_WithNoCopyButton()
    {
        var page = await browser.SignedInPageAsync("Sam", width: 360, javaScript: false);
        await page.GotoAsync(Page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Make a calendar link" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Calendar link", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy the link" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make a new link" })).ToBeVisibleAsync();
        await BrowserFixture.AssertFitsAsync(page);
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);
    }
}
