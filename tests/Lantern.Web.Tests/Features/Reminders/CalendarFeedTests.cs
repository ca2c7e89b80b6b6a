using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Features.Reminders;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Features.Taper;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>The private calendar feed (issue 16): made, read back with Ical.Net as a calendar app reads it, replaced and turned off.</summary>
public sealed partial class CalendarFeedTests(SharedApp app)
{
    private const string Page = "/account/calendar-feed";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Makes a link through the page's form, as a browser without JavaScript does; returns its path.</summary>
    private static async Task<string> MakeLinkAsync(TestUser user)
    {
        var html = await PageForms.SubmitForPageAsync(user.Client, Page + "?handler=Make", []);
        var url = FeedUrl().Match(html);
        Assert.True(url.Success, "The new link is not on the page.");
        return new Uri(url.Groups[1].Value).AbsolutePath;
    }

    private async Task<HttpResponseMessage> FetchAnonymouslyAsync(string path)
    {
        using var anonymous = app.CreateClient();
        return await anonymous.GetAsync(path, Ct);
    }

    private async Task<Ical.Net.Calendar> FeedAsync(string path)
    {
        var response = await FetchAnonymouslyAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return Ical.Net.Calendar.Load(text)!;
    }

    private async Task SetRulesAsync(Guid userId, params (ReminderKind Kind, bool On, TimeOnly At)[] rules)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        foreach (var (kind, on, at) in rules)
        {
            db.Set<ReminderPreference>().Add(new ReminderPreference { UserId = userId, Kind = kind, On = on, At = at });
        }

        await db.SaveChangesAsync(Ct);
    }

    private async Task<ReminderSettings?> SettingsAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LanternDbContext>().Set<ReminderSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, Ct);
    }

    [Fact]
    public async Task Page_WithoutJavaScript_MakesALinkShownOnce_StoresOnlyItsHash_AndAgreesToNoMessages()
    {
        var patient = await TestUser.CreateAsync(app);

        var before = await PageForms.GetPageAsync(patient.Client, Page);
        Assert.Contains("Make a calendar link", before, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/reminders\"", before, StringComparison.Ordinal);
        Assert.Contains("Anyone who has the link", before, StringComparison.Ordinal);

        var path = await MakeLinkAsync(patient);

        var secret = path["/calendar/".Length..^".ics".Length];
        Assert.Equal(43, secret.Length);
        var settings = await SettingsAsync(patient.Id);
        Assert.NotNull(settings);
        Assert.Equal(CalendarFeedSecret.Hash(secret), settings.CalendarFeedHash);
        Assert.DoesNotContain(secret, settings.CalendarFeedHash, StringComparison.Ordinal);
        Assert.False(settings.ByEmail);
        Assert.False(settings.ByPush);
        // Shown once: the page afterwards says a link exists but cannot show it again.
        var after = await PageForms.GetPageAsync(patient.Client, Page);
        Assert.DoesNotContain(secret, after, StringComparison.Ordinal);
        Assert.Contains("Make a new link", after, StringComparison.Ordinal);
        Assert.Contains("Turn off", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_IsPrivateAndUncached_AndANewLinkOrTurningOffEndsTheOld_WithA404ThatSaysNothing()
    {
        var patient = await TestUser.CreateAsync(app);
        var first = await MakeLinkAsync(patient);

        var response = await FetchAnonymouslyAsync(first);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");

        var second = await MakeLinkAsync(patient);
        Assert.NotEqual(first, second);
        var replaced = await FetchAnonymouslyAsync(first);
        var unknown = await FetchAnonymouslyAsync($"/calendar/{CalendarFeedSecret.New()}.ics");
        Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The same status page either way (its per-response nonce and form token aside): nothing says the link once worked.
        Assert.Equal(WithoutPerResponseValues(await unknown.Content.ReadAsStringAsync(Ct)), WithoutPerResponseValues(await replaced.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, (await FetchAnonymouslyAsync(second)).StatusCode);

        var off = await PageForms.SubmitAsync(patient.Client, Page + "?handler=TurnOff", []);
        Assert.Equal(HttpStatusCode.Redirect, off.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await FetchAnonymouslyAsync(second)).StatusCode);
        Assert.Null((await SettingsAsync(patient.Id))!.CalendarFeedHash);
        Assert.Contains("Make a calendar link", await PageForms.GetPageAsync(patient.Client, Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPersonsFeed_CannotBeReachedByGuessing()
    {
        var owner = await TestUser.CreateAsync(app);
        var path = await MakeLinkAsync(owner);
        var secret = path["/calendar/".Length..^".ics".Length];
        // One character changed, cut short, made longer, other case, the stored hash itself, and nonsense.
        var changed = (secret[0] == 'A' ? 'B' : 'A') + secret[1..];
        string[] guesses = [changed, secret[..^1], secret + "A", Flip(secret),
            CalendarFeedSecret.Hash(secret), "x", "..%2F..%2Fetc"];

        foreach (var guess in guesses)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await FetchAnonymouslyAsync($"/calendar/{guess}.ics")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await FetchAnonymouslyAsync(path)).StatusCode);
    }

    /// <summary>
    /// Chicago's clocks go forward at 02:00 on Sunday 14 March 2027 (CST, UTC−6, to CDT, UTC−5). Each alarm is at the
    /// instant the person's rule gives in their zone, written as an absolute UTC trigger; kinds that are off have none.
    /// </summary>
    [Fact]
    public async Task Feed_ParsedBack_AlarmsFollowTheRulesInTheirZone_AcrossTheSpringClockChange()
    {
        var patient = await TestUser.CreateAsync(app, timeZone: "America/Chicago");
        var sessions = await ReminderSetup.SessionsAsync(patient, ("2027-03-14", "10:00"), ("2027-03-15", "10:00"));
        var plan = TaperApi.Id(await TaperApi.CreatePlanAsync(patient, TaperApi.SertralinePlan(new { startDate = "2027-02-14" })));
        await SetRulesAsync(patient.Id,
            (ReminderKind.SessionTomorrow, true, new TimeOnly(18, 0)),
            (ReminderKind.SessionToday, false, new TimeOnly(8, 0)),
            (ReminderKind.TaperStepDue, true, new TimeOnly(2, 30)));
        var path = await MakeLinkAsync(patient);

        var calendar = await FeedAsync(path);

        var sessionEvents = calendar.Events.Where(e => e.Summary == "Lantern session").OrderBy(e => e.DtStart!.AsUtc).ToArray();
        Assert.Equal(sessions.Select(id => $"session-{id:N}@lantern"), sessionEvents.Select(e => e.Uid));
        Assert.Equal([new DateTime(2027, 3, 14, 15, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 15, 15, 0, 0, DateTimeKind.Utc)], sessionEvents.Select(e => e.DtStart!.AsUtc));
        // The day before at 18:00: Saturday is still CST (00:00 UTC Sunday), Sunday evening is CDT (23:00 UTC).
        Assert.Equal([new DateTime(2027, 3, 14, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 14, 23, 0, 0, DateTimeKind.Utc)],
            sessionEvents.Select(e => Assert.Single(e.Alarms).Trigger!.DateTime!.AsUtc));
        Assert.All(sessionEvents, e => Assert.False(Assert.Single(e.Alarms).Trigger!.IsRelative));

        var steps = calendar.Events.Where(e => e.Summary == "Lantern taper step").ToArray();
        Assert.Contains(steps, s => s.DtStart!.Date == new DateOnly(2027, 3, 14));
        Assert.All(steps, s =>
        {
            var day = s.DtStart!.Date;
            var trigger = Assert.Single(s.Alarms).Trigger!.DateTime!.AsUtc;
            // 02:30 does not exist on 14 March: due at the end of the gap, 03:00 CDT. Otherwise 02:30 CST or CDT.
            var expected = day < new DateOnly(2027, 3, 14) ? day.ToDateTime(new TimeOnly(8, 30))
                : day == new DateOnly(2027, 3, 14) ? day.ToDateTime(new TimeOnly(8, 0))
                : day.ToDateTime(new TimeOnly(7, 30));
            Assert.Equal(expected, trigger);
            Assert.Equal($"taper-{plan:N}-{day:yyyy-MM-dd}@lantern", s.Uid);
            Assert.Contains($"/taper/plans/{plan}", s.Description, StringComparison.Ordinal);
        });
        // Questionnaires are due today (never answered) and their kind is not on: an event without an alarm.
        var questionnaire = Assert.Single(calendar.Events, e => e.Summary == "Questionnaire due in Lantern");
        Assert.Empty(questionnaire.Alarms);
        Assert.Equal(ReminderSetup.Today, questionnaire.DtStart!.Date);
    }

    [Fact]
    public async Task Feed_TheSupportPersonGetsTheSessionsTheySupport_WithTheirAlarm()
    {
        var patient = await TestUser.CreateAsync(app);
        var (caregiver, _) = await ReminderSetup.CaregiverAsync(patient, "America/Chicago");
        var ids = await ReminderSetup.SessionsAsync(patient, ("2026-12-10", "10:00"));
        await ReminderSetup.NameSupportPersonAsync(patient, ids[0], caregiver);
        await SetRulesAsync(caregiver.Id, (ReminderKind.SupportPersonTomorrow, true, new TimeOnly(19, 0)));
        var path = await MakeLinkAsync(caregiver);

        var calendar = await FeedAsync(path);

        var supported = Assert.Single(calendar.Events);
        Assert.Equal("You are the support person", supported.Summary);
        Assert.Equal($"support-{ids[0]:N}@lantern", supported.Uid);
        Assert.Contains($"https://localhost/sessions/{ids[0]}/day", supported.Description, StringComparison.Ordinal);
        // 19:00 CST on 9 December.
        Assert.Equal(new DateTime(2026, 12, 10, 1, 0, 0, DateTimeKind.Utc), Assert.Single(supported.Alarms).Trigger!.DateTime!.AsUtc);
    }

    [Fact]
    public async Task Feed_NamesNoMedicineDoseOrScore()
    {
        var patient = await TestUser.CreateAsync(app);
        var plan = await TaperApi.CreatePlanAsync(patient, TaperApi.SertralinePlan(new { startDate = "2026-12-01" }));
        await ReminderSetup.SessionsAsync(patient, ("2026-12-03", "10:00"));
        await ReminderSetup.CompletedAsync(app, patient.Id, "phq9", new DateOnly(2026, 11, 20));
        await TaperApi.RecordJournalAsync(patient, TaperApi.Id(plan), new { ratings = TaperApi.Ratings((1, 2)), symptomsTolerable = false, mood = 3 });
        await SetRulesAsync(patient.Id, (ReminderKind.TaperStepDue, true, new TimeOnly(9, 0)), (ReminderKind.SessionToday, true, new TimeOnly(8, 0)),
            (ReminderKind.QuestionnaireDue, true, new TimeOnly(9, 0)));
        var path = await MakeLinkAsync(patient);

        var response = await FetchAnonymouslyAsync(path);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Lantern taper step", text, StringComparison.Ordinal);
        var doses = TaperApi.Steps(plan).Select(s => s.GetProperty("doseDisplay").GetString()!).Distinct().ToArray();
        Assert.NotEmpty(doses);
        string[] forbidden = ["sertraline", "Sertraline", "ketamine", " mg", "Dr. Lee", "PHQ", "GAD", "withdrawal", "hold", "Hold", .. doses];
        Assert.All(forbidden, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The same letters in the other case.</summary>
    private static string Flip(string text) => new([.. text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))]);

    private static string WithoutPerResponseValues(string html) => PerResponseValue().Replace(html, string.Empty);

    [GeneratedRegex("(nonce|value)=\"[^\"]*\"")]
    private static partial Regex PerResponseValue();

    [GeneratedRegex("id=\"feed-url\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
