using NodaTime;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>The kinds of reminder a person can turn on (issue 16).</summary>
public enum ReminderKind
{
    DailyCheckIn,
    QuestionnaireDue,
    SessionTomorrow,
    SessionToday,
    TaperStepDue,
    SupportPersonTomorrow,

    /// <summary>On a dosing day, while a session is in progress: the 15-minute check and the 40-minute blood pressure.</summary>
    DosingDayPrompts,
}

/// <summary>One person's rule for one kind of reminder: on or off, and the wall-clock time it comes at where they live.</summary>
public sealed record ReminderRule(ReminderKind Kind, bool On, LocalTime At);

/// <summary>
/// When the reminder for something on a given day is due (issue 16): the day before for "tomorrow" kinds, that day
/// otherwise, at the rule's time in the person's zone with <see cref="ReminderClock"/>'s rules for clock changes and
/// quiet hours. Pure; the scheduler that sends them exactly once is still to come.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>
    /// What a person is offered, each off until they turn it on (issue 16: nothing is sent that they did not agree
    /// to). The times are Lantern's suggestions, not clinical advice.
    /// </summary>
    public static IReadOnlyList<ReminderRule> Offered { get; } =
    [
        new(ReminderKind.DailyCheckIn, false, new LocalTime(20, 0)),
        new(ReminderKind.QuestionnaireDue, false, new LocalTime(9, 0)),
        new(ReminderKind.SessionTomorrow, false, new LocalTime(18, 0)),
        new(ReminderKind.SessionToday, false, new LocalTime(8, 0)),
        new(ReminderKind.TaperStepDue, false, new LocalTime(9, 0)),
        new(ReminderKind.SupportPersonTomorrow, false, new LocalTime(18, 0)),
        // Has no time of its own: it follows the session's clock.
        new(ReminderKind.DosingDayPrompts, false, LocalTime.Midnight),
    ];

    /// <summary>How long before a session the on-the-day reminder comes at the latest: time to measure and get ready.</summary>
    public static readonly Period BeforeSession = Period.FromHours(2);

    /// <summary>
    /// When the reminder of <paramref name="rule"/> for something on <paramref name="eventDay"/> (at
    /// <paramref name="eventTime"/>, if it has a time) is due; null when the rule is off.
    /// </summary>
    public static Instant? DueFor(ReminderRule rule, LocalDate eventDay, DateTimeZone zone, QuietHours? quiet = null, LocalTime? eventTime = null)
    {
        if (!rule.On)
        {
            return null;
        }

        var day = rule.Kind is ReminderKind.SessionTomorrow or ReminderKind.SupportPersonTomorrow ? eventDay.PlusDays(-1) : eventDay;
        var at = rule.At;
        // On the day of a session, never after it has begun: at the latest two hours before, when that is still that day.
        if (rule.Kind == ReminderKind.SessionToday && eventTime is { } starts && starts >= LocalTime.Midnight.Plus(BeforeSession))
        {
            var latest = starts.Minus(BeforeSession);
            at = latest < at ? latest : at;
        }

        return ReminderClock.DueOn(day, at, zone, quiet);
    }
}
