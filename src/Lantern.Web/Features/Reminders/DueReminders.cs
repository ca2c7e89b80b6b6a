using NodaTime;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>One person's reminder rules as the scheduler reads them: their zone, their quiet hours, the kinds they turned on.</summary>
public sealed record PersonRules(Guid UserId, DateTimeZone Zone, QuietHours? Quiet, IReadOnlyList<ReminderRule> Rules)
{
    public ReminderRule? RuleFor(ReminderKind kind)
    {
        foreach (var rule in Rules)
        {
            if (rule.Kind == kind && rule.On)
            {
                return rule;
            }
        }

        return null;
    }
}

/// <summary>A dosing-day prompt due now: the 15-minute check or the 40-minute blood pressure of a session in progress.</summary>
public sealed record DosingDayPrompt(Guid UserId, string Occurrence, Instant DueAt);

/// <summary>A reminder that should go out now, unless it already has: the key is (person, kind, occurrence).</summary>
public sealed record DueReminder(Guid UserId, ReminderKind Kind, string Occurrence, Instant DueAt, bool HoldAdvised = false);

/// <summary>
/// Which reminders are due at one instant (issue 16). Pure, so the whole rule can be tested with hand-made clocks and
/// benchmarked for 100 000 people. A reminder is due in a round when its instant has passed and is not stale
/// (<see cref="ReminderClock.ShouldSendLate"/>): after a restart or a jump of the clock each one missed by less than
/// the stale limit is sent once — the database key makes "once" hold across rounds and instances — and one missed by
/// more is not sent at all. That is the rule we chose against a catch-up storm: one send per missed reminder at most,
/// none once it is stale.
/// </summary>
public static class DueReminders
{
    /// <summary>The occurrence key of a daily reminder: the local day it belongs to.</summary>
    public static string DayKey(LocalDate day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The reminders due at <paramref name="now"/> for each person, from their rules and the dated things coming up
    /// for them (<paramref name="eventsByPerson"/>; a person with none may be missing from it).
    /// </summary>
    public static List<DueReminder> Compute(
        Instant now, IEnumerable<PersonRules> people, IReadOnlyDictionary<Guid, List<ReminderEvent>> eventsByPerson)
    {
        var due = new List<DueReminder>();
        foreach (var person in people)
        {
            AddDaily(now, person, due);
            if (eventsByPerson.TryGetValue(person.UserId, out var events))
            {
                foreach (var item in events)
                {
                    AddForEvent(now, person, item, due);
                }
            }
        }

        return due;
    }

    /// <summary>The daily check-in: today's or yesterday's (near midnight, or held by quiet hours), if not stale.</summary>
    private static void AddDaily(Instant now, PersonRules person, List<DueReminder> due)
    {
        if (person.RuleFor(ReminderKind.DailyCheckIn) is not { } rule)
        {
            return;
        }

        var today = now.InZone(person.Zone).Date;
        for (var day = today.PlusDays(-1); day <= today; day = day.PlusDays(1))
        {
            var at = ReminderClock.DueOn(day, rule.At, person.Zone, person.Quiet);
            if (ReminderClock.ShouldSendLate(at, now))
            {
                due.Add(new DueReminder(person.UserId, ReminderKind.DailyCheckIn, DayKey(day), at));
            }
        }
    }

    private static void AddForEvent(Instant now, PersonRules person, ReminderEvent item, List<DueReminder> due)
    {
        if (person.RuleFor(item.Kind) is not { } rule)
        {
            return;
        }

        var day = LocalDate.FromDateOnly(item.Day);
        LocalTime? time = item.Time is { } t ? LocalTime.FromTimeOnly(t) : null;
        if (ReminderPlanner.DueFor(rule, day, person.Zone, person.Quiet, time) is { } at && ReminderClock.ShouldSendLate(at, now))
        {
            due.Add(new DueReminder(person.UserId, item.Kind, item.Occurrence, at, item.HoldAdvised));
        }
    }

    /// <summary>
    /// Dosing-day prompts are not held by quiet hours (the session is happening now) and go stale sooner: a prompt
    /// that could not go out within <see cref="ReminderClock.PromptStaleAfter"/> is overtaken by the next.
    /// </summary>
    public static void AddPrompts(Instant now, IEnumerable<DosingDayPrompt> prompts, IReadOnlySet<Guid> promptsOn, List<DueReminder> due)
    {
        foreach (var prompt in prompts)
        {
            if (promptsOn.Contains(prompt.UserId) && now >= prompt.DueAt && now - prompt.DueAt <= ReminderClock.PromptStaleAfter)
            {
                due.Add(new DueReminder(prompt.UserId, ReminderKind.DosingDayPrompts, prompt.Occurrence, prompt.DueAt));
            }
        }
    }
}
