using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Tests.Platform.Push;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// /account/devices (issue 16) in Debian's Chromium at 360 and 1280 px. This Chromium has no push service (no
/// internet), so no real subscription is made: the tests check what the page offers with JavaScript, that it lists and
/// removes devices, and what it says when this browser cannot get notifications or was told not to show them.
/// </summary>
public sealed class PushDevicesTests(BrowserFixture browser)
{
    private const string Page = "/account/devices";

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task DevicesPage_WithJavaScript_OffersToAddThisDevice_ListsAndRemovesDevices(int width)
    {
        var page = await browser.SignedInPageAsync("Robin", width: width);
        await page.Context.GrantPermissionsAsync(["notifications"]);
        var csp = BrowserFixture.WatchCsp(page);
        await AddDeviceAsync(page, "Kitchen tablet");

        await page.GotoAsync(Page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Devices that get notifications" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Allow notifications on this device" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Adding this device needs JavaScript")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("Kitchen tablet")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "your reminders page" })).ToHaveAttributeAsync("href", "/account/reminders");
        await BrowserFixture.CheckPageAsync(page, $"push-devices-{width}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Kitchen tablet" }).ClickAsync();

        await Assertions.Expect(page.GetByText("That device will not get notifications any more.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("No device gets your notifications yet.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"push-devices-removed-{width}");
        Assert.Empty(csp);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task DevicesPage_InABrowserWithoutPush_SaysSoPlainlyAndOffersNoButton(int width)
    {
        var page = await browser.SignedInPageAsync("Sam", width: width);
        await page.AddInitScriptAsync("delete window.PushManager;");

        await page.GotoAsync(Page);

        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("This browser can't show notifications from websites")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Allow notifications on this device" })).ToBeHiddenAsync();
        await BrowserFixture.CheckPageAsync(page, $"push-devices-unsupported-{width}");
    }

    [Fact]
    public async Task DevicesPage_WhenThePersonSaysNo_SaysHowToAllowThemLater()
    {
        var page = await browser.SignedInPageAsync("Kai", width: 360);
        // The browser's own question, answered "Block" (headless Chromium asks nobody).
        await page.AddInitScriptAsync("""
            Object.defineProperty(Notification, "permission", { get: function () { return "default"; } });
            Notification.requestPermission = function () { return Promise.resolve("denied"); };
            """);
        await page.GotoAsync(Page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Allow notifications on this device" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("Notifications from Lantern are turned off in this browser's settings")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Allow notifications on this device" })).ToBeHiddenAsync();
        await BrowserFixture.CheckPageAsync(page, "push-devices-refused-360");
    }

    [Fact]
    public async Task DevicesPage_WithoutJavaScript_ListsDevicesAndSaysAddingNeedsJavaScript()
    {
        var page = await browser.SignedInPageAsync("Lee", width: 360, javaScript: false);
        await AddDeviceAsync(page, "Old phone");

        await page.GotoAsync(Page);

        await Assertions.Expect(page.GetByText("Adding this device needs JavaScript")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Allow notifications on this device" })).ToBeHiddenAsync();
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Old phone" }).ClickAsync();
        await Assertions.Expect(page.GetByText("No device gets your notifications yet.")).ToBeVisibleAsync();
    }

    /// <summary>A device as a browser would register it (its keys made by the test), through the page's own session.</summary>
    private static async Task AddDeviceAsync(IPage page, string name)
    {
        using var device = TestPushDevice.Unreachable();
        var response = await page.Context.APIRequest.PostAsync("/api/v1/me/push-subscriptions", new() { DataObject = device.Subscription(name) });
        Assert.True(response.Status == 201, $"POST push-subscriptions: {response.Status} {await response.TextAsync()}");
    }
}
