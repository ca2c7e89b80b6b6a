using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 17 on a 360 px phone: from "Your data" to "Delete your account"; a wrong password is a message beside the
/// field; asking shows the date plainly on the page and on the home page; "Keep my account" on the home page cancels;
/// asking again works. Axe clean in light and dark at each step, no CSP report.
/// </summary>
public sealed class AccountDeletionTests(BrowserFixture browser)
{
    [Fact]
    public async Task DeleteAccount_OnAPhone_AsksWithThePassword_ShowsTheCoolingOff_CancelsFromHome_AndAsksAgain()
    {
        const string password = "a steady light for the road to deletion";
        var page = await browser.SignedInPageAsync("Jordan", width: 360, password: password);
        var csp = BrowserFixture.WatchCsp(page);

        await page.GotoAsync("/my-data");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete your account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Delete your account" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Lantern waits 7 days before deleting anything")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "account-delete-360");

        await page.GetByLabel("Your password").FillAsync("not my password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account in 7 days" }).ClickAsync();
        await Assertions.Expect(page.Locator("#password-error")).ToHaveTextAsync("That password is not right.");
        await BrowserFixture.CheckPageAsync(page, "account-delete-error-360");

        await page.GetByLabel("Your password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account in 7 days" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account will be deleted" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your request is saved");
        await BrowserFixture.CheckPageAsync(page, "account-delete-pending-360");

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account will be deleted" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "home-deletion-pending-360");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep my account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your account will not be deleted");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ask to delete your account" })).ToBeVisibleAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account will be deleted" })).ToHaveCountAsync(0);

        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete your account" }).ClickAsync();
        await page.GetByLabel("Your password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account in 7 days" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Keep my account" })).ToBeVisibleAsync();
        Assert.Empty(csp);
    }
}
