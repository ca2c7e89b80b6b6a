using System.Text.Json;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Web.Platform.Identity;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// Issue 15: each role's home at a phone's and a desktop's width, in the light and the dark theme — the patient's, a
/// caregiver's (an alert worded for them first, the session day they support one tap away) and a therapist's (who may
/// need them first, trends). axe in both themes, no CSP violation, a header of one row, and the screenshots kept.
/// </summary>
public sealed class RoleHomesTests(BrowserFixture browser)
{
    private const string Zone = "America/Chicago";

    [Theory]
    [InlineData(360, 780)]
    [InlineData(1280, 900)]
    public async Task EachRolesHome_ShowsWhatThatPersonCanUse_AccessibleInBothThemes(int width, int height)
    {
        var patient = await browser.SignedInPageAsync("Sam Rivera", timeZone: Zone, width: width, height: height);
        var patientCsp = BrowserFixture.WatchCsp(patient);
        var api = patient.Context.APIRequest;
        await PostAsync(api, "/api/v1/checkins", new { mood = 6, anxiety = 3, sleepHours = 7, energy = 5 });
        await PostAsync(api, "/api/v1/questionnaires/phq9/responses", new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 } });
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var course = await PostAsync(api, "/api/v1/courses", new
        {
            route = "at-home-lozenges",
            providerName = "Lakeside Ketamine Care",
            providerPhone = "(312) 555-0177",
            prescribedDose = "As on my prescription",
            sessions = new[] { new { date = today, time = "23:00" } },
        });
        var sessionId = course.GetProperty("sessions")[0].GetProperty("id").GetGuid();

        var caregiver = await JoinAsync(patient, "Alex Carer", UserRole.Caregiver, width, height, "mood", "alerts", "sessions");
        var therapist = await JoinAsync(patient, "Dr Okafor", UserRole.Therapist, width, height, "mood", "questionnaires", "alerts");
        var grants = await (await api.GetAsync("/api/v1/careteam/grants")).JsonAsync();
        var caregiverId = grants!.Value.EnumerateArray().First(g => g.GetProperty("granteeName").GetString() == "Alex Carer").GetProperty("granteeId").GetGuid();
        var named = await api.PutAsync($"/api/v1/sessions/{sessionId}", new() { DataObject = new { supportPerson = new { caregiverId } } });
        Assert.True(named.Ok, await named.TextAsync());

        // The patient's own home.
        await patient.GotoAsync("/");
        await Assertions.Expect(patient.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Hello, Sam Rivera" })).ToBeVisibleAsync();
        await CheckHomeAsync(patient, $"home-patient-{width}");

        // A caregiver: the alert in words meant for them, then the session day they support.
        var caregiverCsp = BrowserFixture.WatchCsp(caregiver);
        await caregiver.GotoAsync("/");
        await Assertions.Expect(caregiver.GetByRole(AriaRole.Heading, new() { Name = "Needs you now (1)" })).ToBeVisibleAsync();
        await Assertions.Expect(caregiver.GetByText("In a questionnaire, Sam Rivera answered that they have had thoughts of being better off dead or of hurting themselves.")).ToBeVisibleAsync();
        await Assertions.Expect(caregiver.GetByText("You are the support person.", new() { Exact = false })).ToBeVisibleAsync();
        Assert.Equal(0, await caregiver.Locator("a[href='/checkin'], a[href='/taper'], a[href='/pain']").CountAsync());
        await CheckHomeAsync(caregiver, $"home-caregiver-{width}");
        await caregiver.GetByRole(AriaRole.Link, new() { Name = "Open Sam Rivera's session day" }).ClickAsync();
        await Assertions.Expect(caregiver.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Supporting Sam Rivera" })).ToBeVisibleAsync();

        // A therapist: who may need them first, with the reason, and a trend per person.
        var therapistCsp = BrowserFixture.WatchCsp(therapist);
        await therapist.GotoAsync("/");
        await Assertions.Expect(therapist.GetByRole(AriaRole.Heading, new() { Name = "People who may need you first" })).ToBeVisibleAsync();
        await Assertions.Expect(therapist.GetByText("Their latest PHQ-9 included thoughts of being better off dead or of hurting themselves")).ToBeVisibleAsync();
        await Assertions.Expect(therapist.Locator("svg.sparkline").First).ToBeVisibleAsync();
        await CheckHomeAsync(therapist, $"home-therapist-{width}");

        // The theme switch, from the menu, without waiting for the device.
        await BrowserFixture.OpenMenuAsync(therapist);
        await therapist.GetByRole(AriaRole.Button, new() { Name = "Dark" }).ClickAsync();
        await Assertions.Expect(therapist.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await BrowserFixture.AssertAccessibleAsync(therapist);

        Assert.Empty(patientCsp);
        Assert.Empty(caregiverCsp);
        Assert.Empty(therapistCsp);
    }

    /// <summary>
    /// axe in both themes and the fit, a one-row header (at most 64 px); with <c>LANTERN_SCREENSHOTS=1</c> both themes'
    /// screenshots, full and as the screen shows them (the README's pictures in docs/screenshots are made this way).
    /// </summary>
    private static async Task CheckHomeAsync(IPage page, string name)
    {
        await BrowserFixture.CheckPageAsync(page, name);
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 64, $"The header is {header.Height} px tall on {name}.");
        await BrowserFixture.ScreenshotAsync(page, name + "-screen", fullPage: false);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await BrowserFixture.ScreenshotAsync(page, name + "-dark-screen", fullPage: false);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
    }

    /// <summary>A caregiver or therapist, two-step on, who accepts the patient's invitation from its link.</summary>
    private async Task<IPage> JoinAsync(IPage patient, string name, UserRole role, int width, int height, params string[] scopes)
    {
        var invitation = await PostAsync(patient.Context.APIRequest, "/api/v1/careteam/invitations",
            new { role = role.ToString().ToLowerInvariant(), scopes });
        var page = await browser.SignedInPageAsync(name, role, width: width, height: height);
        await BrowserFixture.EnableTwoFactorAsync(page);
        await page.GotoAsync(new Uri(invitation.GetProperty("link").GetString()!).PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and join" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Sam Rivera" })).ToBeVisibleAsync();
        return page;
    }

    private static async Task<JsonElement> PostAsync(IAPIRequestContext api, string path, object body)
    {
        var response = await api.PostAsync(path, new() { DataObject = body });
        Assert.True(response.Ok, $"POST {path}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }
}
