using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Features.Reminders;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>Choosing reminders (issue 16): the suggestion, saving by API and by form, bad input, and the stop link.</summary>
public sealed class ReminderSettingsTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> SettingsAsync(TestUser user) =>
        await user.Client.GetFromJsonAsync<JsonElement>("/api/v1/me/reminders", Ct);

    private static JsonElement Rule(JsonElement settings, string kind) =>
        settings.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == kind);

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task BeforeChoosing_ThePersonSeesTheSuggestion_AndNothingIsStored()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var mine = await SettingsAsync(patient);
        var theirs = await SettingsAsync(caregiver);
        var page = await PageForms.GetPageAsync(patient.Client, "/account/reminders");

        Assert.False(mine.GetProperty("saved").GetBoolean());
        Assert.Equal("20:00", Rule(mine, "daily-check-in").GetProperty("at").GetString());
        Assert.True(Rule(mine, "daily-check-in").GetProperty("on").GetBoolean());
        Assert.Equal(["support-person-tomorrow", "dosing-day-prompts"],
            theirs.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToArray());
        Assert.Contains("Nothing is sent until you save them", page, StringComparison.Ordinal);
        Assert.Contains("America/Chicago", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ByApi_IsReadBack_AndTheSuggestionIsGone()
    {
        var patient = await TestUser.CreateAsync(app);

        var saved = await patient.Client.PutAsJsonAsync("/api/v1/me/reminders", new
        {
            byEmail = true,
            byPush = false,
            quietFrom = "21:30",
            quietUntil = "06:45",
            rules = new object[] { new { kind = "daily-check-in", on = true, at = "19:15" }, new { kind = "taper-step-due", on = false, at = "09:00" } },
        }, Ct);
        var read = await SettingsAsync(patient);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(read.GetProperty("saved").GetBoolean());
        Assert.Equal("21:30", read.GetProperty("quietFrom").GetString());
        Assert.Equal("19:15", Rule(read, "daily-check-in").GetProperty("at").GetString());
        Assert.False(Rule(read, "taper-step-due").GetProperty("on").GetBoolean());
        // Kinds not sent stay off the first time: only what the person agreed to is on.
        Assert.False(Rule(read, "session-today").GetProperty("on").GetBoolean());
    }

    [Fact]
    public async Task BadInput_NamesTheField_AndSavesNothing()
    {
        var patient = await TestUser.CreateAsync(app);
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var badTime = await patient.Client.PutAsJsonAsync("/api/v1/me/reminders",
            new { byEmail = true, rules = new[] { new { kind = "daily-check-in", on = true, at = "25:00" } } }, Ct);
        var halfQuiet = await patient.Client.PutAsJsonAsync("/api/v1/me/reminders", new { byEmail = true, quietFrom = "22:00" }, Ct);
        var noWay = await patient.Client.PutAsJsonAsync("/api/v1/me/reminders",
            new { byEmail = false, byPush = false, rules = new[] { new { kind = "daily-check-in", on = true, at = "20:00" } } }, Ct);
        var notTheirs = await caregiver.Client.PutAsJsonAsync("/api/v1/me/reminders",
            new { byEmail = true, rules = new[] { new { kind = "daily-check-in", on = true, at = "20:00" } } }, Ct);

        await AssertFieldAsync(badTime, "rules[0].at");
        await AssertFieldAsync(halfQuiet, "quietUntil");
        await AssertFieldAsync(noWay, "byEmail");
        await AssertFieldAsync(notTheirs, "rules[0].kind");
        Assert.False((await SettingsAsync(patient)).GetProperty("saved").GetBoolean());
    }

    [Fact]
    public async Task Form_SavesWithoutJavaScript_AndARefusedFormKeepsWhatWasTyped()
    {
        var patient = await TestUser.CreateAsync(app);

        var refused = await PageForms.SubmitForPageAsync(patient.Client, "/account/reminders",
        [
            ("Input.ByEmail", "true"), ("Input.QuietFrom", "22:00"), ("Input.QuietUntil", "7 o'clock"),
            ("Input.Rules[0].Kind", "daily-check-in"), ("Input.Rules[0].On", "true"), ("Input.Rules[0].At", "18:45"),
        ]);
        var saved = await PageForms.SubmitAsync(patient.Client, "/account/reminders",
        [
            ("Input.ByEmail", "true"), ("Input.QuietFrom", "22:00"), ("Input.QuietUntil", "07:00"),
            ("Input.Rules[0].Kind", "daily-check-in"), ("Input.Rules[0].On", "true"), ("Input.Rules[0].At", "18:45"),
            ("Input.Rules[1].Kind", "questionnaire-due"), ("Input.Rules[1].At", "09:00"),
        ]);
        var read = await SettingsAsync(patient);

        Assert.Contains("Give a time as hours and minutes", refused, StringComparison.Ordinal);
        Assert.Contains("href=\"#quietUntil\"", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"18:45\"", refused, StringComparison.Ordinal);
        Assert.Equal("/account/reminders?saved=true", saved.Location);
        Assert.True(Rule(read, "daily-check-in").GetProperty("on").GetBoolean());
        Assert.False(Rule(read, "questionnaire-due").GetProperty("on").GetBoolean());
    }

    [Fact]
    public async Task Suggestion_AcceptedAtTheEndOfOnboarding_TurnsOnWhatWasShown()
    {
        var patient = await TestUser.CreateAsync(app);
        (await patient.Client.PostAsJsonAsync("/api/v1/onboarding", Onboarding.OnboardingApiTests.Answers(), Ct)).EnsureSuccessStatusCode();
        var before = await PageForms.GetPageAsync(patient.Client, "/onboarding/result");
        // The panel's own form must carry the token: the page's other forms (the header's sign-out) have one anyway.
        var panelStart = before.IndexOf("reminder-suggestion", StringComparison.Ordinal);
        var panel = panelStart < 0 ? string.Empty : before[panelStart..before.IndexOf("</section>", panelStart, StringComparison.Ordinal)];

        var accepted = await PageForms.SubmitAsync(patient.Client, "/account/reminders?handler=Accept", [], await PageForms.TokenAsync(patient.Client, "/onboarding/result"));
        var read = await SettingsAsync(patient);
        var after = await PageForms.GetPageAsync(patient.Client, "/onboarding/result");

        Assert.Contains("Would you like reminders?", before, StringComparison.Ordinal);
        Assert.Contains("name=\"__af\"", panel, StringComparison.Ordinal);
        Assert.Equal("/account/reminders?saved=true", accepted.Location);
        Assert.True(read.GetProperty("saved").GetBoolean());
        Assert.True(read.GetProperty("byEmail").GetBoolean());
        Assert.Equal("22:00", read.GetProperty("quietFrom").GetString());
        Assert.All(read.GetProperty("rules").EnumerateArray(), r => Assert.True(r.GetProperty("on").GetBoolean()));
        Assert.DoesNotContain("Would you like reminders?", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopLink_WorksSignedOut_StopsOneKindOnly_AndAnAlteredLinkIs404()
    {
        var patient = await TestUser.CreateAsync(app);
        (await patient.Client.PutAsJsonAsync("/api/v1/me/reminders", new
        {
            byEmail = true,
            rules = new[] { new { kind = "daily-check-in", on = true, at = "20:00" }, new { kind = "questionnaire-due", on = true, at = "09:00" } },
        }, Ct)).EnsureSuccessStatusCode();
        var token = app.Services.GetRequiredService<ReminderStopLinks>().Token(patient.Id, ReminderKind.DailyCheckIn);
        using var stranger = app.CreateBrowserlikeClient();

        var asked = await stranger.GetAsync($"/reminders/stop/{token}", Ct);
        var stillOn = Rule(await SettingsAsync(patient), "daily-check-in").GetProperty("on").GetBoolean();
        // A mail program's one-click unsubscribe (RFC 8058): a POST with no form token.
        var stopped = await stranger.PostAsync($"/reminders/stop/{token}",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Ct);
        var altered = await stranger.GetAsync($"/reminders/stop/{token[..^2]}xx", Ct);
        var otherPurpose = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Lantern.Something.Else")
            .Protect($"{patient.Id:N}|DailyCheckIn");
        var wrongPurpose = await stranger.PostAsync($"/reminders/stop/{otherPurpose}", new FormUrlEncodedContent([]), Ct);
        var read = await SettingsAsync(patient);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Stop these reminders?", await asked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(stillOn);
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Contains("You will not get", await stopped.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongPurpose.StatusCode);
        Assert.False(Rule(read, "daily-check-in").GetProperty("on").GetBoolean());
        Assert.True(Rule(read, "questionnaire-due").GetProperty("on").GetBoolean());
    }
}
