using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Platform.Identity;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

public sealed class CareTeamTests(BrowserFixture browser)
{
    [Fact]
    public async Task PatientInvitesTherapist_TherapistAccepts_PatientRevokes_TherapistSeesNothing()
    {
        var patientPage = await browser.SignedInPageAsync("Jordan");
        await patientPage.GotoAsync("/care-team");
        await BrowserFixture.AssertAccessibleAsync(patientPage);
        await patientPage.GetByLabel("Therapist", new() { Exact = true }).CheckAsync();
        await patientPage.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
        var link = await patientPage.GetByTestId("invitation-link").InnerTextAsync();
        await BrowserFixture.AssertAccessibleAsync(patientPage);
        await BrowserFixture.ScreenshotAsync(patientPage, "care-team-invite-360");

        var therapistPage = await browser.SignedInPageAsync("Dr. Lee", UserRole.Therapist);
        await BrowserFixture.EnableTwoFactorAsync(therapistPage);
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
}
