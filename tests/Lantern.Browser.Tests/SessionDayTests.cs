using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 5 on a 360 px phone: plan a course from a preset, prepare with a normal blood pressure, start, two 15-minute
/// checks, the 40-minute reading, finish, side effects and the journal, then the look-back chart. axe on every page,
/// no CSP violations (the live timer is a same-origin script), nothing wider than the screen.
/// </summary>
public sealed class SessionDayTests(BrowserFixture browser)
{
    private const int PhoneWidth = 360;
    private const string Zone = "America/Chicago";

    [Fact]
    public async Task WholeSessionDay_AtPhoneWidth_AccessibleAndFits()
    {
        var page = await browser.SignedInPageAsync("Robin", timeZone: Zone, width: PhoneWidth);
        var cspViolations = BrowserFixture.WatchCsp(page);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // Sessions home, from the navigation.
        await BrowserFixture.NavigateAsync(page, "Sessions");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Ketamine sessions" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-home-360");

        // A course from the at-home weekly preset, starting today; the preset's status shows with its dates.
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan a course" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Plan a course" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-new-course-360");
        await page.GetByLabel("At home: lozenges or tablets under the tongue").CheckAsync();
        await page.GetByLabel("Provider or clinic").FillAsync("Lakeside Ketamine Care");
        await page.GetByLabel("Their phone number").FillAsync("(312) 555-0177");
        await page.GetByLabel("Your dose, as your prescriber wrote it").FillAsync("As on my prescription from Dr. Okafor");
        await page.GetByLabel("Fill in from a pattern (optional)").SelectOptionAsync("at-home-weekly");
        await page.GetByLabel("First session").FillAsync(today);
        await page.GetByLabel("Time", new() { Exact = true }).First.FillAsync("10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill in the dates" }).ClickAsync();
        await Assertions.Expect(page.GetByText("4 dates filled in.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("These dates are a starting point, not your provider's schedule.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-preset-filled-360");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the course" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Course saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add to my calendar (.ics)" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-course-360");

        // Prepare: a normal reading, the checklist, then start.
        await page.GetByRole(AriaRole.Link, new() { Name = "Prepare", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Prepare for your session" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-prepare-360");
        await page.GetByLabel("Top number (systolic)").FillAsync("118");
        await page.GetByLabel("Bottom number (diastolic)").FillAsync("76");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
        await Assertions.Expect(page.GetByText("118/76 mmHg", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your intention (optional)").FillAsync("Meet whatever comes with curiosity.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my preparation" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your preparation is saved.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-prepared-360");
        // The browser app runs on the real clock, so the dose is said to have been taken 45 minutes ago: the check
        // and the 40-minute reading are both due at once, as they would be when Lantern is opened late.
        await page.GetByLabel("When did you take the dose?").SelectOptionAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start session" }).ClickAsync();

        // Dosing day: large type, the time since the dose, "I need help" always there.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your session" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "I need help" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-since-dose]")).ToHaveTextAsync(new Regex("^4[5-9] minutes$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Time for a check" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Time to measure your blood pressure" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-day-start-360");
        await LogCheckAsync(page);
        await page.GetByLabel("Top number (systolic)").FillAsync("136");
        await page.GetByLabel("Bottom number (diastolic)").FillAsync("86");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Blood pressure after the dose: recorded" })).ToBeVisibleAsync();
        await LogCheckAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Checks so far" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".check-list li")).ToHaveCountAsync(2);

        // Finish: how are you now, before two hours with the support person staying.
        await page.GetByLabel("Okay", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("I'm finishing before 2 hours, and my support person will stay with me").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish session" }).ClickAsync();

        // After: side effects and the journal, with few fields and big targets.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "After your session" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-after-360");
        // The ratings are big labels over visually hidden radios, so a tap lands on the label.
        await page.Locator("label[for=ratings-nausea-1]").ClickAsync();
        await page.Locator("label[for=dissociation-5]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save how I feel" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved. Thank you", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("Top number (systolic)").FillAsync("124");
        await page.GetByLabel("Bottom number (diastolic)").FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reading" }).ClickAsync();
        await Assertions.Expect(page.GetByText("124/80 mmHg", new() { Exact = false })).ToBeVisibleAsync();
        // With JavaScript each answer saves as it is written: leave the field, reload, and the words are still there.
        await page.GetByLabel("What did it feel like in your body?").FillAsync("Heavy arms, then warm.");
        await page.GetByLabel("What did it feel like in your body?").BlurAsync();
        await Assertions.Expect(page.GetByText("Saved as you wrote.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("What did it feel like in your body?")).ToHaveValueAsync("Heavy arms, then warm.");
        await page.GetByLabel("What came up for you?").FillAsync("The lake at dawn, and my grandmother's voice.");
        await page.GetByLabel("What would you like to carry forward?").FillAsync("Slow mornings.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my journal" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your journal is saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What came up for you?")).ToHaveValueAsync("The lake at dawn, and my grandmother's voice.");
        await BrowserFixture.CheckPageAsync(page, "sessions-after-saved-360");

        // Look back: the chart of before / 40 min / after, and the session in the timeline.
        await page.GotoAsync("/sessions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Look back", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Looking back" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Blood pressure before, at 40 minutes and after each session" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dissociation 5 out of 10.", new() { Exact = false })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "sessions-look-back-360");

        Assert.Empty(cspViolations);
    }

    private static async Task LogCheckAsync(IPage page)
    {
        await page.GetByLabel("Awake and responds").CheckAsync();
        await page.GetByLabel("Calm", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save check" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Check saved. Thank you.")).ToBeVisibleAsync();
    }
}
