using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Web.Features.Reminders;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Features.Sessions;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>
/// The scheduler on a real database with a fake clock (issue 16): a reminder arrives at its local time once, by
/// e-mail with a stop link and no health details, is logged, survives a crash mid-send with one retry, is not sent
/// when stale, and is sent once when several rounds — or two instances on one PostgreSQL — run at the same moment.
/// </summary>
public sealed class ReminderDispatchTests(ReminderDispatchTests.ManualRoundsApp app) : IClassFixture<ReminderDispatchTests.ManualRoundsApp>
{
    /// <summary>The workers are off: each test runs the rounds itself, at the moments it chooses.</summary>
    public sealed class ManualRoundsApp : LanternAppFactory
    {
        public ManualRoundsApp() => ManualRounds(this);
    }

    private static LanternAppFactory ManualRounds(LanternAppFactory app) =>
        app.With("Reminders:IntervalSeconds", "0").With("Notifications:IntervalSeconds", "0");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<ReminderRound> RoundAsync(LanternAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunRoundAsync(Ct);
    }

    /// <summary>Turns reminders on by e-mail, without quiet hours, at the given local times.</summary>
    internal static async Task TurnOnAsync(TestUser user, bool byPush = false, params (string Kind, string At)[] rules) =>
        (await user.Client.PutAsJsonAsync("/api/v1/me/reminders", new
        {
            byEmail = !byPush,
            byPush,
            rules = rules.Select(r => new { kind = r.Kind, on = true, at = r.At }).ToArray(),
        }, Ct)).EnsureSuccessStatusCode();

    /// <summary>Moves the fake clock to the next instant at <paramref name="utcHour"/>:<paramref name="minute"/> UTC.</summary>
    private static void AdvanceTo(LanternAppFactory factory, int utcHour, int minute)
    {
        var now = factory.Time.GetUtcNow();
        var target = new DateTimeOffset(now.Year, now.Month, now.Day, utcHour, minute, 0, TimeSpan.Zero);
        if (target <= now)
        {
            target = target.AddDays(1);
        }

        factory.Time.Advance(target - now);
    }

    private async Task<List<ReminderDelivery>> DeliveriesAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LanternDbContext>().Set<ReminderDelivery>().AsNoTracking()
            .Where(d => d.UserId == userId).ToListAsync(Ct);
    }

    [Fact]
    public async Task DailyCheckIn_IsEmailedOnceAtItsLocalTime_WithAStopLink_AndLogged()
    {
        // London (GMT in November): 21:10 local is 21:10 UTC.
        var patient = await TestUser.CreateAsync(app, timeZone: "Europe/London");
        await TurnOnAsync(patient, rules: ("daily-check-in", "21:10"));

        AdvanceTo(app, 21, 9);
        await RoundAsync(app);
        var before = app.Outbox.Count(patient.Email, "check-in");
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await RoundAsync(app);
        await RoundAsync(app);
        app.Time.Advance(TimeSpan.FromMinutes(20));
        await RoundAsync(app);
        // The clock moved past the idle limit: sign in again, as the person would, to read the log.
        var signedIn = await patient.SignInOnNewClientAsync();
        var log = await signedIn.GetFromJsonAsync<JsonElement>("/api/v1/me/reminders/deliveries", Ct);
        var mail = await app.Outbox.WaitForAsync(patient.Email, "check-in");

        Assert.Equal(0, before);
        Assert.Equal(1, app.Outbox.Count(patient.Email, "check-in"));
        Assert.Contains("/checkin", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/reminders/stop/", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://localhost/reminders/stop/", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var entry = Assert.Single(log.EnumerateArray());
        Assert.Equal("daily-check-in", entry.GetProperty("kind").GetString());
        Assert.Equal(["email"], entry.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).ToArray());
    }

    [Fact]
    public async Task SessionTomorrow_ComesTheEveningBefore_InThePersonsZone_AndOpensThatSession()
    {
        // Sydney (AEDT, UTC+11 from October to April): a session two days from now at 10:00; its reminder at 18:00 the
        // day before is 07:00 UTC that day. The clock is wherever this class's other tests left it.
        var patient = await TestUser.CreateAsync(app, timeZone: "Australia/Sydney");
        var sydneyToday = DateOnly.FromDateTime(app.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(11)).DateTime);
        var sessionDay = sydneyToday.AddDays(2);
        var session = await SessionsApi.NewSessionAsync(patient, SessionsApi.Course(sessionDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        await TurnOnAsync(patient, rules: [("session-tomorrow", "18:00"), ("session-today", "08:00")]);
        var due = new DateTimeOffset(sessionDay.AddDays(-1).ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero);

        app.Time.Advance(due.AddMinutes(-20) - app.Time.GetUtcNow());
        await RoundAsync(app);
        var before = app.Outbox.Count(patient.Email, "session is tomorrow");
        for (var step = 0; step < 4; step++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(10));
            await RoundAsync(app);
        }

        var mail = await app.Outbox.WaitForAsync(patient.Email, "session is tomorrow");
        var tomorrow = Assert.Single(await DeliveriesAsync(patient.Id), d => d.Kind == ReminderKind.SessionTomorrow);

        Assert.Equal(0, before);
        Assert.Equal(1, app.Outbox.Count(patient.Email, "session is tomorrow"));
        Assert.Contains($"/sessions/{session}", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(due, tomorrow.DueAt);
        Assert.InRange(tomorrow.SentAt!.Value - due, TimeSpan.Zero, TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task ConcurrentRounds_SendEachReminderOnce()
    {
        var patient = await TestUser.CreateAsync(app, timeZone: "Europe/London");
        await TurnOnAsync(patient, rules: ("daily-check-in", "22:40"));
        AdvanceTo(app, 22, 41);

        var rounds = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RoundAsync(app)));

        Assert.Equal(1, app.Outbox.Count(patient.Email, "check-in"));
        Assert.Equal(1, rounds.Sum(r => r.Sent));
        Assert.Single(await DeliveriesAsync(patient.Id));
    }

    [Fact]
    public async Task CrashBetweenClaimAndSend_IsRetriedOnceAfterTheTimeout_AndNotAgain()
    {
        var once = await TestUser.CreateAsync(app, timeZone: "Europe/London");
        var twice = await TestUser.CreateAsync(app, timeZone: "Europe/London");
        await TurnOnAsync(once, rules: ("daily-check-in", "23:20"));
        await TurnOnAsync(twice, rules: ("daily-check-in", "23:20"));
        AdvanceTo(app, 23, 21);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // An instance planned both, claimed them, and died before sending: once for one, twice for the other.
            var dispatcher = scope.ServiceProvider.GetRequiredService<ReminderDispatcher>();
            await dispatcher.PlanAsync(app.Time.GetUtcNow(), Ct);
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            var now = app.Time.GetUtcNow();
            await db.Set<ReminderDelivery>().Where(d => d.UserId == once.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, "crashed").SetProperty(d => d.ClaimedAt, now).SetProperty(d => d.Attempts, 1), Ct);
            await db.Set<ReminderDelivery>().Where(d => d.UserId == twice.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, "crashed").SetProperty(d => d.ClaimedAt, now).SetProperty(d => d.Attempts, 2), Ct);
        }

        await RoundAsync(app);
        var whileClaimed = app.Outbox.Count(once.Email, "check-in");
        app.Time.Advance(TimeSpan.FromMinutes(6));
        await RoundAsync(app);
        await RoundAsync(app);
        app.Time.Advance(TimeSpan.FromMinutes(6));
        await RoundAsync(app);

        Assert.Equal(0, whileClaimed);
        Assert.Equal(1, app.Outbox.Count(once.Email, "check-in"));
        Assert.Equal(2, Assert.Single(await DeliveriesAsync(once.Id)).Attempts);
        Assert.Equal(0, app.Outbox.Count(twice.Email, "check-in"));
        Assert.Null(Assert.Single(await DeliveriesAsync(twice.Id)).SentAt);
    }

    [Fact]
    public async Task AfterTheServerWasDownForHours_AStaleReminderIsNotSent_AndTheNextDaysIs()
    {
        var patient = await TestUser.CreateAsync(app, timeZone: "Europe/London");
        await TurnOnAsync(patient, rules: ("daily-check-in", "20:50"));
        AdvanceTo(app, 20, 49);
        var dayBefore = app.Time.GetUtcNow();

        app.Time.Advance(TimeSpan.FromHours(3)); // down from 20:49 to 23:49: the 20:50 reminder is over an hour old
        await RoundAsync(app);
        var afterRestart = app.Outbox.Count(patient.Email, "check-in");
        AdvanceTo(app, 20, 51);
        await RoundAsync(app);

        Assert.Equal(0, afterRestart);
        Assert.Equal(1, app.Outbox.Count(patient.Email, "check-in"));
        Assert.Equal(dayBefore.AddDays(1).Date, Assert.Single(await DeliveriesAsync(patient.Id)).DueAt.UtcDateTime.Date);
    }

    [Fact]
    public async Task TwoInstancesOnOnePostgres_RunningRoundsAtOnce_SendEachReminderOnce()
    {
        Assert.SkipUnless(TestDatabase.SelectedProvider == "Postgres", "Two instances need PostgreSQL; SQLite is a single-instance store.");
        var name = "lantern_t_" + Guid.NewGuid().ToString("N")[..16];
        await using var first = (AppOnDatabase)ManualRounds(new AppOnDatabase(TestDatabase.Create(name)));
        await using var second = (AppOnDatabase)ManualRounds(new AppOnDatabase(TestDatabase.Create(name)));
        await first.InitializeAsync();
        await second.InitializeAsync();
        var people = new List<TestUser>();
        for (var i = 0; i < 5; i++)
        {
            var person = await TestUser.CreateAsync(first, timeZone: "Europe/London");
            await TurnOnAsync(person, rules: ("daily-check-in", "12:30"));
            people.Add(person);
        }

        foreach (var instance in new[] { first, second })
        {
            instance.Time.Advance(new DateTimeOffset(2026, 11, 26, 12, 31, 0, TimeSpan.Zero) - instance.Time.GetUtcNow());
        }

        var rounds = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => RoundAsync(i % 2 == 0 ? first : second)));

        Assert.All(people, p => Assert.Equal(1, first.Outbox.Count(p.Email, "check-in") + second.Outbox.Count(p.Email, "check-in")));
        Assert.Equal(people.Count, rounds.Sum(r => r.Sent));
    }
}
