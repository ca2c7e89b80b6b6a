using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace Lantern.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CareTeamTests(BrowserFixture browser)
{
    [Fact]
    public async Task PatientInvitesTherapist_TherapistAccepts_PatientRevokes_TherapistSeesNothing()
    {
        var patientPage = await SignUpAsync(UserRole.Patient, "Jordan");
        await patientPage.GotoAsync("/care-team");
        await BrowserFixture.AssertAccessibleAsync(patientPage);
        await patientPage.GetByLabel("Therapist", new() { Exact = true }).CheckAsync();
        await patientPage.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        var link = await patientPage.GetByTestId("invitation-link").InnerTextAsync();
        await BrowserFixture.AssertAccessibleAsync(patientPage);
        await BrowserFixture.ScreenshotAsync(patientPage, "care-team-invite-360");

        var therapistPage = await SignUpAsync(UserRole.Therapist, "Dr. Lee");
        await EnableTwoFactorAsync(therapistPage);
        await therapistPage.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(therapistPage.GetByRole(AriaRole.Heading, new() { Name = "Jordan invited you to their care team" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(therapistPage);
        await therapistPage.GetByRole(AriaRole.Button, new() { Name = "Accept and join" }).ClickAsync();
        await Assertions.Expect(therapistPage.GetByRole(AriaRole.Heading, new() { Name = "Jordan" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(therapistPage);
        await therapistPage.GotoAsync("/care-team");
        await Assertions.Expect(therapistPage.GetByRole(AriaRole.Link, new() { Name = "Jordan" })).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(therapistPage);
        await BrowserFixture.ScreenshotAsync(therapistPage, "care-team-caseload-360");

        await patientPage.GotoAsync("/care-team");
        await patientPage.GetByRole(AriaRole.Button, new() { Name = "Stop sharing with Dr. Lee" }).ClickAsync();
        await Assertions.Expect(patientPage.GetByText("Sharing has stopped.")).ToBeVisibleAsync();
        await patientPage.GotoAsync("/care-team/activity");
        await Assertions.Expect(patientPage.GetByRole(AriaRole.Cell, new() { Name = "Dr. Lee (therapist)" }).First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(patientPage);

        await therapistPage.ReloadAsync();
        await Assertions.Expect(therapistPage.GetByText("No one shares anything with you yet.")).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(therapistPage);
    }

    private async Task<IPage> SignUpAsync(UserRole role, string name)
    {
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var page = await browser.NewPageAsync(360, 780);
        await page.GotoAsync("/account/sign-up");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Your name, as you'd like us to use it").FillAsync(name);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a steady light for the road");
        await page.GetByLabel(role switch { UserRole.Therapist => "A therapist or clinician", UserRole.Caregiver => "A caregiver or support person", _ => "Someone in treatment" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        var (userId, token) = Outbox.ReadLink(await browser.App.Outbox.WaitForAsync(email, "Confirm your Lantern account"), "/account/confirm-email");
        await page.GotoAsync($"/account/confirm-email?userId={userId}&token={token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Hello, {name}" })).ToBeVisibleAsync();
        return page;
    }

    private static async Task EnableTwoFactorAsync(IPage page)
    {
        await page.GotoAsync("/account/two-factor");
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Then type the 6-digit code the app shows").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes")).ToBeVisibleAsync();
    }
}
