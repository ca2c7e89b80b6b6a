using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Reminders.Devices;

/// <summary>/account/devices without JavaScript: the list, Remove as a plain form, and what notifications say.</summary>
public sealed partial class DevicesPageTests(SharedApp app)
{
    private const string Page = "/account/devices";

    [Fact]
    public async Task Page_ListsEachDevice_AndRemoveWorksWithoutJavaScript()
    {
        var user = await TestUser.CreateAsync(app);
        var keep = await PushDevicesApi.AddAsync(user, "Work laptop");
        var drop = await PushDevicesApi.AddAsync(user, "Old phone");

        var html = await PageForms.GetPageAsync(user.Client, Page);

        Assert.Contains("Work laptop", html, StringComparison.Ordinal);
        Assert.Contains("Old phone", html, StringComparison.Ordinal);
        Assert.Contains("No notification sent yet.", html, StringComparison.Ordinal);
        var removeAction = RemoveForms().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Single(action => action.Contains(drop.ToString(), StringComparison.Ordinal));

        var removed = await PageForms.SubmitAsync(user.Client, removeAction, []);

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(Page, removed.Location);
        var after = await PageForms.GetPageAsync(user.Client, Page);
        Assert.Contains("That device will not get notifications any more.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Old phone", after, StringComparison.Ordinal);
        Assert.Equal([keep], await PushDevicesApi.IdsAsync(user.Client));
    }

    [Fact]
    public async Task Remove_AnotherPersonsDeviceFromThePage_IsNotFoundAndTheirsStays()
    {
        var owner = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var id = await PushDevicesApi.AddAsync(owner);

        var response = await PageForms.PostAsync(other.Client, $"{Page}?id={id}&handler=Remove", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal([id], await PushDevicesApi.IdsAsync(owner.Client));
    }

    [Fact]
    public async Task Page_SaysWhatNotificationsSay_AndLinksToTheRemindersPage()
    {
        var user = await TestUser.CreateAsync(app);

        var html = await PageForms.GetPageAsync(user.Client, Page);

        Assert.Contains("<h1>Devices that get notifications</h1>", html, StringComparison.Ordinal);
        Assert.Contains("never names a medicine, a dose, a score or a symptom", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/reminders\"", html, StringComparison.Ordinal);
        Assert.Contains("No device gets your notifications yet.", html, StringComparison.Ordinal);
        // The button that adds this device is JavaScript's: hidden until push.js finds the browser can do it.
        Assert.Matches("<div class=\"push-enable\" data-push-enable hidden>", html);
        Assert.Contains("Adding this device needs JavaScript", html, StringComparison.Ordinal);
        Assert.Contains("/js/push.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_AfterThisDeviceWasAdded_SaysSo()
    {
        var user = await TestUser.CreateAsync(app);

        var html = await PageForms.GetPageAsync(user.Client, Page + "?added=true");

        Assert.Contains("This device will now get your notifications.", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*handler=Remove[^\"]*)\"")]
    private static partial Regex RemoveForms();
}
