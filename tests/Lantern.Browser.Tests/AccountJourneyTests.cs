using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Lantern.Browser.Tests;

public sealed class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignUp_Confirm_EnrolTwoFactor_SignOut_SignInWithCode_GetHelp_AllAccessible()
    {
        var email = $"journey-{Guid.NewGuid():N}@example.org";
        const string password = "a calm lantern in the window";
        var page = await browser.NewPageAsync(360, 780);

        await page.GotoAsync("/account/sign-up");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Your name, as you'd like us to use it").FillAsync("Robin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Your time zone").SelectOptionAsync("Europe/Dublin");
        await page.GetByLabel("Someone in treatment").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        var mail = await browser.App.Outbox.WaitForAsync(email, "Confirm your Lantern account");
        var (userId, token) = Outbox.ReadLink(mail, "/account/confirm-email");
        await page.GotoAsync($"/account/confirm-email?userId={userId}&token={token}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Robin" })).ToBeVisibleAsync();

        await page.GotoAsync("/account/two-factor");
        await BrowserFixture.AssertAccessibleAsync(page);
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("Then type the 6-digit code the app shows").FillAsync(totp.ComputeTotp(DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await BrowserFixture.AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "two-factor-recovery-codes-360");

        await BrowserFixture.SignOutAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GotoAsync("/account/sign-in");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your sign-in code" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
        // The enrolment code's time step is spent; the server accepts the next step (clock drift window).
        await page.GetByLabel("6-digit code").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Robin" })).ToBeVisibleAsync();

        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByText("(this device)")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Get help now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Call 112 or 999" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SignUp_WithJavaScriptOff_ShowsFieldErrorsAndKeepsWhatWasTyped()
    {
        var page = await browser.NewPageAsync(360, 780, javaScript: false);

        await page.GotoAsync("/account/sign-up");
        await page.GetByLabel("E-mail address").FillAsync("not-an-address");
        await page.GetByLabel("Your name, as you'd like us to use it").FillAsync("Kept Name");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Enter an e-mail address like name@example.com.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Use at least 12 characters", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Your name, as you'd like us to use it")).ToHaveValueAsync("Kept Name");
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToHaveValueAsync("not-an-address");
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);
    }
}
