using System.Globalization;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Features.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// /account/reminders (issue 16) in Debian's Chromium at 360 and 1280 px: the suggestion a person has not agreed to,
/// turning kinds on and off, picking times and quiet hours, what is kept after saving and after a refused form, and a
/// reminder the scheduler really sent showing in "What we sent". Also the end of onboarding's "Would you like
/// reminders?" and its one button. axe (light and dark) and the width check on every state.
/// </summary>
/// <remarks>
/// The browser app runs on the real clock (a real browser expires cookies by its own), so the test does not move a fake
/// clock: it sets the daily check-in for the current minute where the person lives, quiet hours well away from it, and
/// runs one scheduler round itself through the app's services, as <c>ReminderDispatchTests</c> does. The app's own
/// background rounds may send it first; either way it is sent once, and the log is what the test reads.
/// </remarks>
public sealed class RemindersTests(BrowserFixture browser)
{
    private const string Page = "/account/reminders";
    private const string Zone = "America/Chicago";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task RemindersPage_ChooseSaveReloadRefuse_ThenASentReminderIsInTheLog(int width)
    {
        var page = await browser.SignedInPageAsync("Noor", timeZone: Zone, width: width);
        var csp = BrowserFixture.WatchCsp(page);

        await page.GotoAsync(Page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Reminders" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("These are our suggestions. Nothing is sent until you save them")).ToBeVisibleAsync();
        await Assertions.Expect(Rule(page, "Daily check-in")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#rule-daily-check-in-at")).ToHaveValueAsync("20:00");
        await Assertions.Expect(page.GetByLabel("From")).ToHaveValueAsync("22:00");
        await Assertions.Expect(page.GetByText("Nothing yet.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"reminders-suggested-{width}");

        // The daily check-in at this very minute where Noor lives, so the round below finds it due; quiet hours from two
        // to four hours ahead, which never contain it.
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Zone));
        var checkInAt = Hhmm(now);
        var quietFrom = Hhmm(now.AddHours(2));
        var quietUntil = Hhmm(now.AddHours(4));

        await Rule(page, "A questionnaire is due").UncheckAsync();
        await Rule(page, "A taper step is due").UncheckAsync();
        await Rule(page, "A session today").UncheckAsync();
        await Rule(page, "A session today").CheckAsync();
        await page.Locator("#rule-daily-check-in-at").FillAsync(checkInAt);
        await page.Locator("#rule-session-tomorrow-at").FillAsync("19:30");
        await page.GetByLabel("From").FillAsync(quietFrom);
        await page.GetByLabel("Until").FillAsync(quietUntil);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reminders" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("Your reminders are saved.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("These are our suggestions")).ToBeHiddenAsync();
        await BrowserFixture.CheckPageAsync(page, $"reminders-saved-{width}");

        await page.GotoAsync(Page);

        await Assertions.Expect(page.GetByText("Your reminders are saved.")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("These are our suggestions")).ToBeHiddenAsync();
        await Assertions.Expect(Rule(page, "Daily check-in")).ToBeCheckedAsync();
        await Assertions.Expect(Rule(page, "A questionnaire is due")).Not.ToBeCheckedAsync();
        await Assertions.Expect(Rule(page, "A taper step is due")).Not.ToBeCheckedAsync();
        await Assertions.Expect(Rule(page, "A session today")).ToBeCheckedAsync();
        await Assertions.Expect(Rule(page, "A session tomorrow")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#rule-daily-check-in-at")).ToHaveValueAsync(checkInAt);
        await Assertions.Expect(page.Locator("#rule-session-tomorrow-at")).ToHaveValueAsync("19:30");
        await Assertions.Expect(page.GetByLabel("From")).ToHaveValueAsync(quietFrom);
        await Assertions.Expect(page.GetByLabel("Until")).ToHaveValueAsync(quietUntil);
        await Assertions.Expect(page.GetByLabel("By e-mail")).ToBeCheckedAsync();

        // Quiet hours with only one end: refused, the message beside the empty field, everything typed kept.
        await page.Locator("#rule-session-tomorrow-at").FillAsync("17:45");
        await Rule(page, "A session today").UncheckAsync();
        await page.GetByLabel("Until").FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save reminders" }).ClickAsync();

        await Assertions.Expect(page.Locator("#quietUntil-error")).ToHaveTextAsync("Give both times for quiet hours, or leave both empty for none.");
        await Assertions.Expect(page.GetByLabel("Until")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("From")).ToHaveValueAsync(quietFrom);
        await Assertions.Expect(page.GetByLabel("Until")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#rule-session-tomorrow-at")).ToHaveValueAsync("17:45");
        await Assertions.Expect(Rule(page, "A session today")).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByText("Your reminders are saved.")).ToBeHiddenAsync();
        await BrowserFixture.CheckPageAsync(page, $"reminders-refused-{width}");

        // The error summary links to the field it is about.
        await Assertions.Expect(page.Locator(".error-summary a")).ToHaveAttributeAsync("href", "#quietUntil");

        // A scheduler round: the saved daily check-in is due this minute and goes out by e-mail.
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunRoundAsync(Ct);
        }

        await page.GotoAsync(Page);

        var sent = page.Locator(".sent-log li");
        await Assertions.Expect(sent).ToHaveCountAsync(1);
        await Assertions.Expect(sent.First).ToContainTextAsync("Time for your check-in");
        await Assertions.Expect(sent.First).ToContainTextAsync("By e-mail");
        await Assertions.Expect(page.GetByText("Nothing yet.")).ToBeHiddenAsync();
        // The refused form saved nothing: the session-tomorrow time is still the one saved before.
        await Assertions.Expect(page.Locator("#rule-session-tomorrow-at")).ToHaveValueAsync("19:30");
        await BrowserFixture.CheckPageAsync(page, $"reminders-sent-{width}");
        Assert.Empty(csp);
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task EndOfOnboarding_OffersTheSuggestion_AndYesTurnsItOn(int width)
    {
        var page = await browser.SignedInPageAsync("Ash", timeZone: "Europe/Berlin", width: width);
        var csp = BrowserFixture.WatchCsp(page);
        var answered = await page.Context.APIRequest.PostAsync("/api/v1/onboarding", new() { DataObject = OnboardingAnswers() });
        Assert.True(answered.Ok, $"POST onboarding: {answered.Status} {await answered.TextAsync()}");

        await page.GotoAsync("/onboarding/result");

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Would you like reminders?" });
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Daily check-in, at 20:00" })).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("with nothing between 22:00 and 07:00");
        await BrowserFixture.CheckPageAsync(page, $"onboarding-reminders-{width}");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Yes, turn these on" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/reminders\\?saved=true$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).GetByText("Your reminders are saved.")).ToBeVisibleAsync();
        await Assertions.Expect(Rule(page, "Daily check-in")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#rule-daily-check-in-at")).ToHaveValueAsync("20:00");
        await Assertions.Expect(page.GetByLabel("From")).ToHaveValueAsync("22:00");
        await Assertions.Expect(page.GetByLabel("Until")).ToHaveValueAsync("07:00");
        await BrowserFixture.CheckPageAsync(page, $"onboarding-reminders-accepted-{width}");

        // Agreed once: the end of onboarding no longer asks.
        await page.GotoAsync("/onboarding/result");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Would you like reminders?" })).ToBeHiddenAsync();
        Assert.Empty(csp);
    }

    /// <summary>A kind's on/off box, by the name the person reads beside it.</summary>
    private static ILocator Rule(IPage page, string name) => page.GetByRole(AriaRole.Checkbox, new() { Name = name, Exact = true });

    private static string Hhmm(DateTimeOffset time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Onboarding answered with nothing that needs a conversation first.</summary>
    private static object OnboardingAnswers() => new
    {
        ageYears = 41,
        pregnant = "no",
        breastFeeding = "no",
        psychosisHistory = "no",
        maniaHistory = "no",
        substanceUseDisorder = "no",
        aneurysmOrArteriovenousMalformation = "no",
        intracerebralHaemorrhage = "no",
        uncontrolledBloodPressureOrHeartDisease = "no",
        ketamineAllergy = "no",
        supportAtHome = "adult-present-during-doses",
        benzodiazepines = Array.Empty<object>(),
        phq9Answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 },
        gad7Answers = new[] { 1, 1, 1, 1, 1, 1, 1 },
    };
}
