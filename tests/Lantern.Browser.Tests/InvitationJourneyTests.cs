using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 15, item 4: an invitation is never lost. A signed-out invitee opens the link once, creates an account,
/// confirms their e-mail, turns on two-step sign-in, and ends on "Accept" — without opening the link again.
/// </summary>
public sealed partial class InvitationJourneyTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360, 780)]
    [InlineData(1280, 900)]
    public async Task SignedOutInvitee_SignsUpConfirmsAndTurnsOnTwoStep_AndLandsOnAccept(int width, int height)
    {
        var patient = await browser.SignedInPageAsync("Jordan Lake", width: width, height: height);
        var invited = await patient.Context.APIRequest.PostAsync("/api/v1/careteam/invitations",
            new() { DataObject = new { role = "caregiver", scopes = new[] { "mood", "alerts" } } });
        Assert.True(invited.Ok, await invited.TextAsync());
        var link = new Uri((await invited.JsonAsync())!.Value.GetProperty("link").GetString()!).PathAndQuery;

        var page = await browser.NewPageAsync(width, height);
        var csp = BrowserFixture.WatchCsp(page);
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByText("You have been invited to someone's care team.", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"invitation-sign-in-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You have been invited to someone's care team.", new() { Exact = false })).ToBeVisibleAsync();
        var email = $"alex-{Guid.NewGuid():N}@example.org";
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Your name, as you'd like us to use it").FillAsync("Alex");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a lantern in the window " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Your time zone").SelectOptionAsync("America/Chicago");
        await page.GetByLabel("A caregiver or support person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();

        // The confirmation link in the e-mail carries the invitation on.
        var mail = await browser.App.Outbox.WaitForAsync(email, "Confirm your Lantern account");
        var confirm = ConfirmLink().Match(mail.TextBody ?? string.Empty).Groups["path"].Value;
        Assert.Contains("returnUrl=", confirm, StringComparison.Ordinal);
        await page.GotoAsync(confirm);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Jordan Lake invited you to their care team" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"invitation-needs-two-step-{width}");

        // Two-step sign-in, then straight back to the invitation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Then type the 6-digit code the app shows").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await BrowserFixture.CheckPageAsync(page, $"invitation-recovery-codes-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to your invitation" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and join" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Jordan Lake" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"invitation-accepted-{width}");
        Assert.Empty(csp);
    }

    [GeneratedRegex(@"https?://[^\s/]+(?<path>/account/confirm-email\?\S+)")]
    private static partial Regex ConfirmLink();
}
