using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// A patient's first day in a real browser, from just after sign-up (the sign-up pages are AccountJourneyTests'):
/// onboarding, a check-in, a PHQ-9 whose item 9 shows the crisis route on the result, then the dashboard chart. axe on
/// every page; screenshots at 360 px and 1280 px.
/// </summary>
public sealed class PatientJourneyTests(BrowserFixture browser)
{
    private static readonly string[] HistoryFields =
    [
        "pregnant", "breastFeeding", "psychosisHistory", "maniaHistory", "substanceUseDisorder",
        "aneurysmOrArteriovenousMalformation", "intracerebralHaemorrhage", "uncontrolledBloodPressureOrHeartDisease", "ketamineAllergy",
    ];

    [Fact]
    public async Task NewPatient_OnboardsChecksInAnswersPhq9WithItem9_SeesCrisisRouteThenDashboardChart()
    {
        var page = await browser.SignedInPageAsync("Jordan");
        await BrowserFixture.AssertAccessibleAsync(page);

        // Onboarding, offered on the home page right after sign-up.
        await page.GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).ClickAsync();
        // In steps (OnboardingTests walks them at both widths, leaving and coming back): Continue on each.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "About you and your treatment" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "onboarding-360");
        await page.GetByLabel("Your age in years").FillAsync("37");
        await page.Locator("#supportAtHome-adult-present-during-doses").CheckAsync();
        // Each step holds some of the history questions; a step's questions are on the page until it is continued.
        foreach (var step in new[] { 1, 2, 3 })
        {
            foreach (var field in HistoryFields)
            {
                if (await page.Locator($"#{field}-no").CountAsync() > 0)
                {
                    await page.Locator($"#{field}-no").CheckAsync();
                }
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"Getting started: step {step + 1} of 6")).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync(); // medicines: none
        for (var i = 0; i < 9; i++)
        {
            await page.Locator($"#Phq9Answers-{i}-{(i < 8 ? 2 : 0)}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        for (var i = 0; i < 7; i++)
        {
            await page.Locator($"#Gad7Answers-{i}-2").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your screening result" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("PHQ-9: 16 out of 27")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Questions to ask a clinic" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "onboarding-result-360");

        // Today's check-in: one tap per scale.
        await page.GetByRole(AriaRole.Link, new() { Name = "Do your first daily check-in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Today's check-in" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "checkin-360");
        await page.Locator("label[for=mood-6]").ClickAsync();
        await page.Locator("label[for=anxiety-4]").ClickAsync();
        await page.GetByLabel("Hours of sleep last night").FillAsync("7.5");
        await page.Locator("label[for=energy-5]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your check-in is saved.")).ToBeVisibleAsync();

        // A PHQ-9 with item 9 = 1: the crisis route is on the result itself.
        await page.GotoAsync("/questionnaires/phq9");
        await BrowserFixture.CheckPageAsync(page, "phq9-form-360");
        for (var i = 0; i < 9; i++)
        {
            await page.Locator($"#item-{i}-{(i < 8 ? 1 : 1)}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();
        var crisis = page.GetByTestId("crisis-route");
        await Assertions.Expect(crisis).ToBeVisibleAsync();
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(crisis.GetByRole(AriaRole.Link, new() { Name = "Call 911" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your PHQ-9 result" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "phq9-item9-result-360");

        // The dashboard: open alert, today's check-in, and the charts.
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your dashboard" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open alerts (1)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Done: mood 6, anxiety 4")).ToBeVisibleAsync();
        var phq9Chart = page.Locator("svg.chart-narrow[aria-labelledby='phq9-narrow-title phq9-narrow-desc']");
        await Assertions.Expect(phq9Chart).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.chart-wide").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("figcaption", new() { HasText = "PHQ-9 fell from 16" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "dashboard-360");

        await page.SetViewportSizeAsync(1280, 900);
        await Assertions.Expect(page.Locator("svg.chart-wide[aria-labelledby='mood-anxiety-wide-title mood-anxiety-wide-desc']")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "dashboard-1280");
        foreach (var (path, name) in new[] { ("/checkin", "checkin"), ("/questionnaires/phq9", "phq9-form"), ("/onboarding/result", "onboarding-result"),
            ("/questionnaires", "questionnaires"), ("/alerts", "alerts"), ("/warning-signs", "warning-signs"), ("/my-data", "my-data") })
        {
            await page.GotoAsync(path);
            await BrowserFixture.CheckPageAsync(page, $"{name}-1280");
        }

        // Acknowledge the alert from the dashboard.
        await page.GotoAsync("/dashboard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark “PHQ-9 item 9: thoughts of being better off dead or of self-harm” as seen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open alerts (1)" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task WarningSigns_TickedAt360_AnswerWithCrisisLinesIsAccessible()
    {
        var page = await browser.SignedInPageAsync("Casey");
        await page.GotoAsync("/warning-signs");
        await BrowserFixture.CheckPageAsync(page, "warning-signs-360");

        await page.GetByLabel("Trouble breathing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tell me what to do" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What to do now" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("crisis-route").GetByRole(AriaRole.Link, new() { Name = "Call 911" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "warning-signs-result-360");
    }

    [Fact]
    public async Task CheckIn_WithJavaScriptOff_ShowsFieldErrorsKeepsWhatWasTyped_AndDashboardChartsRender()
    {
        var page = await browser.SignedInPageAsync("Morgan", javaScript: false);

        await page.GotoAsync("/checkin");
        await page.Locator("label[for=mood-3]").ClickAsync();
        await page.GetByLabel("Hours of sleep last night").FillAsync("26");
        await page.GetByLabel("A short note (optional)").FillAsync("typed before the error");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Hours of sleep must be from 0 to 24.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Choose anxiety from 0 to 10.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Hours of sleep last night")).ToHaveValueAsync("26");
        await Assertions.Expect(page.GetByLabel("A short note (optional)")).ToHaveValueAsync("typed before the error");
        await Assertions.Expect(page.Locator("#mood-3")).ToBeCheckedAsync();
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);

        await page.GotoAsync("/dashboard?range=90");
        await Assertions.Expect(page.Locator("svg.chart-narrow").First).ToBeVisibleAsync();
        await browser.AssertAccessibleWithoutJavaScriptAsync(page);
        await page.Context.CloseAsync();
    }
}
