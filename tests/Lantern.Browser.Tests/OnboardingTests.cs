using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Onboarding in steps in a real browser at a phone's width and a desktop's: a refused step shows its errors, two steps
/// answered, the person leaves (another page, then signs out and in again), comes back to step 3 with every earlier
/// answer kept, answers item 9 of the PHQ-9 and sees the crisis route at once, then finishes and sees the result. axe and
/// the width check on every step; no CSP violation.
/// </summary>
public sealed class OnboardingTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task TwoStepsAnswered_LeftAndSignedInAgain_ResumesAtStep3WithAnswersKept_ThenFinishes(int width)
    {
        var (page, email, password) = await SignUpAsync("Sam", width);
        var csp = BrowserFixture.WatchCsp(page);
        var continueButton = page.GetByRole(AriaRole.Button, new() { Name = "Continue" });

        await page.GotoAsync("/onboarding");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "About you and your treatment", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Getting started: step 1 of 6" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-1-{width}");
        await continueButton.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Please check 4 things" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-1-errors-{width}");

        // Step 1 and step 2.
        await page.GetByLabel("Your age in years").FillAsync("52");
        await page.Locator("label[for=supportAtHome-adult-present-during-doses]").ClickAsync();
        await page.Locator("label[for=pregnant-no]").ClickAsync();
        await page.Locator("label[for=breastFeeding-not-sure]").ClickAsync();
        await continueButton.ClickAsync();
        await Assertions.Expect(page.GetByText("Getting started: step 2 of 6")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-2-{width}");
        foreach (var field in new[] { "psychosisHistory", "substanceUseDisorder", "aneurysmOrArteriovenousMalformation", "intracerebralHaemorrhage", "ketamineAllergy" })
        {
            await page.Locator($"label[for={field}-no]").ClickAsync();
        }

        await page.Locator("label[for=maniaHistory-not-sure]").ClickAsync();
        await continueButton.ClickAsync();
        await Assertions.Expect(page.GetByText("Getting started: step 3 of 6")).ToBeVisibleAsync();

        // Leave: another page, then sign out and in again.
        await page.GotoAsync("/dashboard");
        var signedOut = await page.Context.APIRequest.PostAsync("/api/v1/auth/logout", new() { DataObject = new { } });
        Assert.True(signedOut.Ok, $"POST logout: {signedOut.Status}");
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Sam" })).ToBeVisibleAsync();

        // Back to onboarding: step 3, with the earlier steps done and their answers kept.
        await page.GotoAsync("/onboarding");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Blood pressure and heart", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Getting started: step 3 of 6" })).ToHaveAttributeAsync("value", "3");
        var steps = page.GetByRole(AriaRole.Navigation, new() { Name = "Getting started: step 3 of 6" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(steps.Nth(0)).ToContainTextAsync("done");
        await Assertions.Expect(steps.Nth(1)).ToContainTextAsync("done");
        await Assertions.Expect(steps.Nth(2)).ToHaveAttributeAsync("aria-current", "step");
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-3-{width}");
        await page.GetByRole(AriaRole.Link, new() { Name = "About you" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Your age in years")).ToHaveValueAsync("52");
        await Assertions.Expect(page.Locator("#breastFeeding-not-sure")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#supportAtHome-adult-present-during-doses")).ToBeCheckedAsync();
        await continueButton.ClickAsync();
        await Assertions.Expect(page.Locator("#maniaHistory-not-sure")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#ketamineAllergy-no")).ToBeCheckedAsync();
        await continueButton.ClickAsync();

        // The rest: blood pressure and heart, medicines, the PHQ-9 with item 9, the GAD-7.
        await Assertions.Expect(page.GetByText("Getting started: step 3 of 6")).ToBeVisibleAsync();
        await page.Locator("label[for=uncontrolledBloodPressureOrHeartDisease-no]").ClickAsync();
        await page.GetByLabel("Top number (systolic)").FillAsync("128");
        await page.GetByLabel("Bottom number (diastolic)").FillAsync("82");
        await continueButton.ClickAsync();
        await Assertions.Expect(page.GetByText("Getting started: step 4 of 6")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-4-{width}");
        await continueButton.ClickAsync();
        await Assertions.Expect(page.GetByText("Getting started: step 5 of 6")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-5-{width}");
        for (var i = 0; i < 9; i++)
        {
            await page.Locator($"label[for=Phq9Answers-{i}-1]").ClickAsync();
        }

        await continueButton.ClickAsync();
        var crisis = page.GetByTestId("crisis-route");
        await Assertions.Expect(crisis).ToBeVisibleAsync();
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(page.GetByText("Getting started: step 6 of 6")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-step-6-crisis-{width}");
        for (var i = 0; i < 7; i++)
        {
            await page.Locator($"label[for=Gad7Answers-{i}-1]").ClickAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your screening result" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("PHQ-9: 9 out of 27")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("GAD-7: 7 out of 21")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("crisis-route")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"onboarding-result-{width}");
        Assert.Empty(csp);
    }

    /// <summary>A new confirmed, signed-in patient whose password the test knows, so it can sign in again.</summary>
    private async Task<(IPage Page, string Email, string Password)> SignUpAsync(string name, int width)
    {
        var page = await browser.NewPageAsync(width, 780);
        var api = page.Context.APIRequest;
        var email = $"patient-{Guid.NewGuid():N}@example.org";
        var password = "a lamp left on in the window " + Guid.NewGuid().ToString("N")[..8];
        var registered = await api.PostAsync("/api/v1/auth/register", new()
        {
            DataObject = new { email, password, displayName = name, timeZone = "America/Chicago", role = "patient" },
        });
        Assert.True(registered.Ok, $"POST register: {registered.Status}");
        var (userId, token) = Outbox.ReadLink(await browser.App.Outbox.WaitForAsync(email, "Confirm your Lantern account"), "/account/confirm-email");
        var confirmed = await api.PostAsync("/api/v1/auth/confirm-email", new() { DataObject = new { userId, token } });
        Assert.True(confirmed.Ok, $"POST confirm-email: {confirmed.Status}");
        return (page, email, password);
    }
}
