using Lantern.Web.Features.Reminders;
using Lantern.Web.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>
/// Which reminders a scheduler round finds due, run as the scheduler runs it: a round every 30 seconds over whole
/// days, keeping the first round each (person, kind, occurrence) appeared in — the database key makes every later
/// round's copy a no-op. Instants worked out by hand from each zone's rules.
/// </summary>
[NeedsNoDatabase]
public sealed class DueRemindersTests
{
    private static readonly Guid Person = Guid.CreateVersion7();

    private static Instant Utc(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    private static PersonRules Rules(string zone, QuietHours? quiet, params (ReminderKind Kind, int Hour, int Minute)[] on) =>
        new(Person, Zone(zone), quiet, on.Select(r => new ReminderRule(r.Kind, true, new LocalTime(r.Hour, r.Minute))).ToArray());

    /// <summary>Runs rounds every 30 seconds from <paramref name="from"/> to <paramref name="to"/>; the first round of each key.</summary>
    private static Dictionary<(ReminderKind, string), Instant> Rounds(Instant from, Instant to, PersonRules rules, params ReminderEvent[] events)
    {
        var first = new Dictionary<(ReminderKind, string), Instant>();
        var byPerson = new Dictionary<Guid, List<ReminderEvent>> { [Person] = [.. events] };
        for (var now = from; now <= to; now += Duration.FromSeconds(30))
        {
            foreach (var due in DueReminders.Compute(now, [rules], byPerson))
            {
                first.TryAdd((due.Kind, due.Occurrence), now);
            }
        }

        return first;
    }

    [Theory]
    // Spring forward: a time in the skipped hour (02:30 in Chicago and Sydney, 01:30 in London) does not exist; it is
    // due once, at the first instant after the gap (03:00, or 02:00 in London).
    [InlineData("America/Chicago", "2027-03-14", 2, "2027-03-14T08:00:00Z")]
    [InlineData("Europe/London", "2027-03-28", 1, "2027-03-28T01:00:00Z")]
    [InlineData("Australia/Sydney", "2027-10-03", 2, "2027-10-02T16:00:00Z")]
    public void DailyInTheSkippedHour_OnTheDayClocksGoForward_IsSentOnceAtTheEndOfTheGap(string zone, string day, int hour, string expected)
    {
        var rules = Rules(zone, null, (ReminderKind.DailyCheckIn, hour, 30));
        var local = LocalDatePattern.Iso.Parse(day).Value;
        var start = local.AtStartOfDayInZone(Zone(zone)).ToInstant();

        var sent = Rounds(start, start + Duration.FromHours(24), rules);

        Assert.Equal(Utc(expected), Assert.Single(sent, kv => kv.Key.Item2 == day).Value);
    }

    [Theory]
    // Fall back: 01:30 happens twice; due once, at the first.
    [InlineData("America/Chicago", "2026-11-01", 1, "2026-11-01T06:30:00Z")]
    [InlineData("Europe/London", "2026-10-25", 1, "2026-10-25T00:30:00Z")]
    // Sydney goes back from 03:00 to 02:00 on the first Sunday of April: 02:30 happens twice.
    [InlineData("Australia/Sydney", "2027-04-04", 2, "2027-04-03T15:30:00Z")]
    public void DailyInTheHourThatHappensTwice_OnTheDayClocksGoBack_IsSentOnce(string zone, string day, int hour, string expected)
    {
        var rules = Rules(zone, null, (ReminderKind.DailyCheckIn, hour, 30));
        var start = LocalDatePattern.Iso.Parse(day).Value.AtStartOfDayInZone(Zone(zone)).ToInstant();

        var sent = Rounds(start, start + Duration.FromHours(25), rules);

        Assert.Equal(Utc(expected), Assert.Single(sent, kv => kv.Key.Item2 == day).Value);
    }

    [Theory]
    // The day clocks change in each zone, and the offset that holds from then on (every reminder here is after 03:00).
    [InlineData("America/Chicago", "2027-03-14", -5)]
    [InlineData("America/Chicago", "2026-11-01", -6)]
    [InlineData("Europe/London", "2027-03-28", 1)]
    [InlineData("Europe/London", "2026-10-25", 0)]
    [InlineData("Australia/Sydney", "2026-10-04", 11)]
    [InlineData("Australia/Sydney", "2027-04-04", 10)]
    public void EachKind_OnTheDayTheClocksChange_ArrivesAtItsLocalTime(string zone, string changeDay, int offsetAfterHours)
    {
        var session = Guid.CreateVersion7().ToString("N");
        var rules = Rules(zone, null,
            (ReminderKind.DailyCheckIn, 20, 0), (ReminderKind.QuestionnaireDue, 9, 0), (ReminderKind.SessionTomorrow, 18, 0),
            (ReminderKind.SessionToday, 8, 0), (ReminderKind.TaperStepDue, 9, 15), (ReminderKind.SupportPersonTomorrow, 19, 0));
        var day = LocalDatePattern.Iso.Parse(changeDay).Value;
        var today = day.ToDateOnly();
        var tomorrow = day.PlusDays(1).ToDateOnly();
        ReminderEvent[] events =
        [
            new(ReminderKind.QuestionnaireDue, Person, changeDay, today, null, false),
            new(ReminderKind.SessionToday, Person, session, today, new TimeOnly(10, 0), false),
            new(ReminderKind.SessionTomorrow, Person, "next", tomorrow, new TimeOnly(10, 0), false),
            new(ReminderKind.TaperStepDue, Person, "plan:" + changeDay, today, null, true),
            new(ReminderKind.SupportPersonTomorrow, Person, "other", tomorrow, new TimeOnly(10, 0), false),
        ];
        var start = day.AtStartOfDayInZone(Zone(zone)).ToInstant();

        var sent = Rounds(start, start + Duration.FromHours(24), rules, events);

        Instant Local(int hour, int minute) => day.At(new LocalTime(hour, minute)).InUtc().ToInstant() - Duration.FromHours(offsetAfterHours);
        Assert.Equal(Local(20, 0), sent[(ReminderKind.DailyCheckIn, changeDay)]);
        Assert.Equal(Local(9, 0), sent[(ReminderKind.QuestionnaireDue, changeDay)]);
        Assert.Equal(Local(8, 0), sent[(ReminderKind.SessionToday, session)]);
        Assert.Equal(Local(18, 0), sent[(ReminderKind.SessionTomorrow, "next")]);
        Assert.Equal(Local(9, 15), sent[(ReminderKind.TaperStepDue, "plan:" + changeDay)]);
        Assert.Equal(Local(19, 0), sent[(ReminderKind.SupportPersonTomorrow, "other")]);
        Assert.Equal(6, sent.Count);
    }

    [Fact]
    public void QuietHours_HoldADailyReminder_UntilTheyEnd_AndItIsSentOnce()
    {
        // 23:00 falls in quiet hours 22:00–07:00 (Chicago, CST): the reminder for the 9th comes at 07:00 on the 10th,
        // and the 10th's own comes at 07:00 on the 11th — each day's reminder once.
        var rules = Rules("America/Chicago", new QuietHours(new LocalTime(22, 0), new LocalTime(7, 0)), (ReminderKind.DailyCheckIn, 23, 0));

        var sent = Rounds(Utc("2026-12-09T06:00:00Z"), Utc("2026-12-11T18:00:00Z"), rules);

        Assert.Equal(Utc("2026-12-10T13:00:00Z"), sent[(ReminderKind.DailyCheckIn, "2026-12-09")]);
        Assert.Equal(Utc("2026-12-11T13:00:00Z"), sent[(ReminderKind.DailyCheckIn, "2026-12-10")]);
    }

    [Fact]
    public void AfterAJumpOfTheClock_AReminderMissedByUnderAnHourIsSentOnce_OneMissedByMoreIsNot()
    {
        var rules = Rules("Europe/London", null, (ReminderKind.DailyCheckIn, 20, 0));
        var byPerson = new Dictionary<Guid, List<ReminderEvent>>();

        var fortyMinutesLate = DueReminders.Compute(Utc("2026-12-09T20:40:00Z"), [rules], byPerson);
        var twoHoursLate = DueReminders.Compute(Utc("2026-12-09T22:00:00Z"), [rules], byPerson);
        // Off for a month: only what is due within the last hour, never a month of reminders at once.
        var aMonthLater = DueReminders.Compute(Utc("2027-01-09T20:30:00Z"), [rules], byPerson);

        Assert.Equal("2026-12-09", Assert.Single(fortyMinutesLate).Occurrence);
        Assert.Empty(twoHoursLate);
        Assert.Equal("2027-01-09", Assert.Single(aMonthLater).Occurrence);
    }

    [Fact]
    public void DosingDayPrompts_IgnoreQuietHours_GoStaleAfterTenMinutes_AndOnlyForPeopleWhoTurnedThemOn()
    {
        var other = Guid.CreateVersion7();
        var dueAt = Utc("2026-12-09T03:15:00Z");
        DosingDayPrompt[] prompts = [new(Person, "s:c15", dueAt), new(other, "s:c15", dueAt)];
        var on = new HashSet<Guid> { Person };

        var atTime = new List<DueReminder>();
        DueReminders.AddPrompts(dueAt, prompts, on, atTime);
        var late = new List<DueReminder>();
        DueReminders.AddPrompts(dueAt + Duration.FromMinutes(11), prompts, on, late);
        var early = new List<DueReminder>();
        DueReminders.AddPrompts(dueAt - Duration.FromSeconds(30), prompts, on, early);

        Assert.Equal(Person, Assert.Single(atTime).UserId);
        Assert.Empty(late);
        Assert.Empty(early);
    }
}
