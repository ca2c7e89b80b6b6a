using NodaTime;
using NodaTime.TimeZones;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// Hours in which nothing is sent, in the person's own wall-clock time; <see cref="From"/> after <see cref="Until"/>
/// wraps past midnight (22:00 to 07:00). Equal ends mean no quiet hours.
/// </summary>
public sealed record QuietHours(LocalTime From, LocalTime Until)
{
    public bool Contains(LocalTime time) =>
        From < Until ? time >= From && time < Until
        : From > Until && (time >= From || time < Until);
}

/// <summary>
/// When a daily reminder is next due, in the person's IANA zone (issue 16). Pure: no clock, no database. The rules
/// people complain about when they are wrong are written down here:
/// <list type="bullet">
/// <item>A time that does not exist on the day clocks go forward (02:30 in Chicago on the second Sunday in March) is
/// due once, at the first instant that exists after it: the end of the gap (03:00).</item>
/// <item>A time that happens twice on the day clocks go back is due once, at the earlier of the two.</item>
/// <item>A reminder that falls in quiet hours waits until they end, and is then due once.</item>
/// <item>After a restart or a clock jump, a reminder missed by more than <see cref="StaleAfter"/> is not sent late:
/// the next one is due at its own time. One missed by less is sent once (<see cref="ShouldSendLate"/>).</item>
/// </list>
/// </summary>
public static class ReminderClock
{
    /// <summary>How late a reminder may still be sent. A check-in reminder two hours late is noise, not help.</summary>
    public static readonly Duration StaleAfter = Duration.FromHours(1);

    /// <summary>
    /// How late a dosing-day prompt may still be sent: the checks come every 15 minutes, so a prompt ten minutes late is
    /// about to be overtaken by the next one (a product choice, not a clinical number).
    /// </summary>
    public static readonly Duration PromptStaleAfter = Duration.FromMinutes(10);

    /// <summary>How late a reminder of this kind may still be sent.</summary>
    public static Duration StaleAfterFor(ReminderKind kind) => kind == ReminderKind.DosingDayPrompts ? PromptStaleAfter : StaleAfter;

    /// <summary>The first instant strictly after <paramref name="after"/> at which a reminder set for <paramref name="at"/> each day is due.</summary>
    public static Instant NextDaily(LocalTime at, DateTimeZone zone, Instant after, QuietHours? quiet = null)
    {
        // Start a day early: near midnight, and around the quiet hours' end, yesterday's reminder can still be ahead.
        for (var day = after.InZone(zone).Date.PlusDays(-1); ; day = day.PlusDays(1))
        {
            var due = DueOn(day, at, zone, quiet);
            if (due > after)
            {
                return due;
            }
        }
    }

    /// <summary>When the reminder set for <paramref name="at"/> on <paramref name="day"/> is due, quiet hours applied.</summary>
    public static Instant DueOn(LocalDate day, LocalTime at, DateTimeZone zone, QuietHours? quiet = null)
    {
        var due = Resolve(day.At(at), zone);
        if (quiet is null)
        {
            return due;
        }

        var local = due.InZone(zone).LocalDateTime;
        if (!quiet.Contains(local.TimeOfDay))
        {
            return due;
        }

        // Waits for the quiet hours to end: later today, or tomorrow when they wrap past midnight.
        var endDay = quiet.From > quiet.Until && local.TimeOfDay >= quiet.From ? local.Date.PlusDays(1) : local.Date;
        return Resolve(endDay.At(quiet.Until), zone);
    }

    /// <summary>
    /// The instant a wall-clock time stands for: the end of the gap for a time that does not exist, the earlier
    /// instant for one that happens twice.
    /// </summary>
    public static Instant Resolve(LocalDateTime local, DateTimeZone zone) => zone.ResolveLocal(local, OnceAtFirstValidInstant).ToInstant();

    /// <summary>NodaTime's own pieces: the earlier of two, and the first tick after a gap (not its lenient shift by the gap).</summary>
    private static readonly ZoneLocalMappingResolver OnceAtFirstValidInstant =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>Whether a reminder due at <paramref name="due"/> and not yet sent should still go out at <paramref name="now"/>.</summary>
    public static bool ShouldSendLate(Instant due, Instant now) => now >= due && now - due <= StaleAfter;
}
