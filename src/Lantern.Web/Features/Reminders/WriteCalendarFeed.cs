using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;
using NodaTime;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// A person's private calendar feed (issue 16), read by their calendar app with the secret in its address: their
/// sessions, the sessions they support, their taper steps and the days questionnaires fall due, from 30 days ago to six
/// months ahead. Anyone holding the address can read it, so it says only that something is planned on a day: titles
/// and descriptions name no medicine, dose, score, symptom or journal answer (not even the hold rule's answer, which
/// e-mail and push reminders carry to the signed-in person), and link back to Lantern for the rest.
/// </summary>
/// <remarks>
/// Alarms follow the person's reminder choices: a kind that is on gets one display alarm at the instant
/// <see cref="ReminderPlanner.DueFor"/> gives in their zone, with their quiet hours, the same instant an e-mail or push
/// reminder would come; a kind that is off (or never chosen) gets none. Every trigger is absolute (a UTC date-time),
/// never relative: the instant already has the day before, the two-hours-before rule, clock changes and quiet hours in
/// it, which a relative offset from an event's start cannot say across a DST change.
/// </remarks>
public sealed class WriteCalendarFeedHandler(LanternDbContext db, ReadReminderEventsHandler reminderEvents, TimeProvider time,
    IOptions<LanternOptions> options)
{
    /// <summary>How far back the feed reaches, so a calendar keeps the recent past.</summary>
    public const int DaysBack = 30;

    /// <summary>How far ahead, in months.</summary>
    public const int MonthsAhead = 6;

    /// <summary>How long a session's calendar block is: the same three hours as the course's calendar file.</summary>
    private static readonly NodaTime.Period SessionBlock = NodaTime.Period.FromHours(3);

    /// <summary>The feed's text for a well-formed secret, or null when no feed has that secret (never made, replaced or turned off).</summary>
    public async Task<string?> HandleAsync(string secret, CancellationToken ct)
    {
        var hash = CalendarFeedSecret.Hash(secret);
        // A system read by the holder of the secret, not a signed-in person: the feed is the person's own dates only.
        var owner = await db.Set<ReminderSettings>().AsNoTracking()
            .Where(s => s.CalendarFeedHash == hash)
            .Select(s => new
            {
                s.UserId,
                s.QuietFrom,
                s.QuietUntil,
                Zone = db.Users.Where(u => u.Id == s.UserId).Select(u => u.TimeZone).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return null;
        }

        var rules = await db.Set<ReminderPreference>().AsNoTracking().Where(p => p.UserId == owner.UserId)
            .Select(p => new { p.Kind, p.On, p.At })
            .ToListAsync(ct);
        var zoneId = TimeZones.IsValid(owner.Zone) ? owner.Zone! : "UTC";
        var now = time.GetUtcNow();
        var today = Platform.Time.LocalTime.Today(time, zoneId);
        var events = await reminderEvents.HandleAsync([owner.UserId], today.AddDays(-DaysBack), today.AddMonths(MonthsAhead), ct);
        var quiet = owner is { QuietFrom: { } from, QuietUntil: { } until } ? new QuietHours(LocalTime.FromTimeOnly(from), LocalTime.FromTimeOnly(until)) : null;
        return Write(new FeedOwner(owner.UserId, zoneId, quiet, rules.Select(r => new ReminderRule(r.Kind, r.On, LocalTime.FromTimeOnly(r.At))).ToArray()),
            events, options.Value.PublicBaseUrl, now);
    }

    /// <summary>Whose feed it is: their zone, quiet hours and reminder rules (a kind without a rule is off).</summary>
    public sealed record FeedOwner(Guid UserId, string ZoneId, QuietHours? Quiet, IReadOnlyList<ReminderRule> Rules);

    public static string Write(FeedOwner owner, IReadOnlyList<ReminderEvent> events, string baseUrl, DateTimeOffset now)
    {
        var zone = DateTimeZoneProviders.Tzdb[owner.ZoneId];
        var site = baseUrl.TrimEnd('/');
        var calendar = new Calendar { ProductId = "-//Lantern//Calendar feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Lantern");
        // Calendar apps that honour these look again every few hours, so a changed plan reaches the phone the same day.
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT6H");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT6H");
        var stamp = new CalDateTime(now.UtcDateTime, "UTC", true);
        var timed = events.Where(e => e.Time is not null).ToArray();
        if (timed.Length > 0)
        {
            // Rules from a year before the first session cover every DST change the events can meet.
            calendar.AddTimeZone(owner.ZoneId, timed.Min(e => e.Day).AddDays(-365).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);
        }

        var items = new List<(DateOnly Day, TimeOnly? Time, CalendarEvent Event)>();
        foreach (var group in events.GroupBy(e => (Thing: ThingOf(e.Kind), e.Occurrence)))
        {
            var first = group.First();
            var item = group.Key.Thing switch
            {
                Thing.OwnSession => Timed(first, owner.ZoneId, $"session-{first.Occurrence}@lantern", "Lantern session",
                    $"A planned Lantern session. Open it in Lantern to get ready: {site}/sessions/{Guid.ParseExact(first.Occurrence, "N")}"),
                Thing.SupportedSession => Timed(first, owner.ZoneId, $"support-{first.Occurrence}@lantern", "You are the support person",
                    $"You are the support person for a planned Lantern session. Open it in Lantern: {site}/sessions/{Guid.ParseExact(first.Occurrence, "N")}/day"),
                Thing.TaperStep => AllDay(first, $"taper-{first.Occurrence.Replace(':', '-')}@lantern", "Lantern taper step",
                    $"A planned step of your taper plan. Before any change, open your taper journal in Lantern: {site}/taper/plans/{Guid.ParseExact(first.Occurrence[..32], "N")}"),
                _ => AllDay(first, $"questionnaires-{owner.UserId:N}-{first.Day:yyyyMMdd}@lantern", "Questionnaire due in Lantern",
                    $"Your regular questionnaires are due. Open them in Lantern: {site}/questionnaires"),
            };
            item.DtStamp = stamp;
            item.Transparency = first.Time is null ? "TRANSPARENT" : "OPAQUE";
            foreach (var reminder in group.OrderBy(e => e.Kind))
            {
                if (owner.Rules.FirstOrDefault(r => r.Kind == reminder.Kind) is { On: true } rule
                    && ReminderPlanner.DueFor(rule, Local(reminder.Day), zone, owner.Quiet, reminder.Time is { } at ? LocalTime.FromTimeOnly(at) : null) is { } due)
                {
                    item.Alarms.Add(new Alarm
                    {
                        Action = Ical.Net.AlarmAction.Display,
                        Description = AlarmWords(reminder.Kind),
                        Trigger = AbsoluteTrigger(due),
                    });
                }
            }

            items.Add((first.Day, first.Time, item));
        }

        foreach (var (_, _, item) in items.OrderBy(i => i.Day).ThenBy(i => i.Time).ThenBy(i => i.Event.Uid, StringComparer.Ordinal))
        {
            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private enum Thing
    {
        OwnSession,
        SupportedSession,
        TaperStep,
        Questionnaires,
    }

    private static Thing ThingOf(ReminderKind kind) => kind switch
    {
        ReminderKind.SessionToday or ReminderKind.SessionTomorrow => Thing.OwnSession,
        ReminderKind.SupportPersonTomorrow => Thing.SupportedSession,
        ReminderKind.TaperStepDue => Thing.TaperStep,
        _ => Thing.Questionnaires,
    };

    /// <summary>What an alarm says: when, and which page to open; never what the thing is for.</summary>
    private static string AlarmWords(ReminderKind kind) => kind switch
    {
        ReminderKind.SessionTomorrow => "Lantern session tomorrow. Arrange your ride home and someone to be with you.",
        ReminderKind.SessionToday => "Lantern session today. Open Lantern to go through your checklist.",
        ReminderKind.SupportPersonTomorrow => "You are the support person at a Lantern session tomorrow.",
        ReminderKind.TaperStepDue => "Lantern taper step today. Open your taper journal in Lantern first.",
        ReminderKind.QuestionnaireDue => "Questionnaire due in Lantern today.",
        _ => "Lantern reminder.",
    };

    /// <summary>A trigger at an instant (<c>TRIGGER;VALUE=DATE-TIME:…Z</c>); Ical.Net writes the date-time only when the value type says so.</summary>
    private static Trigger AbsoluteTrigger(Instant due)
    {
        var trigger = new Trigger { DateTime = new CalDateTime(due.ToDateTimeUtc(), "UTC", true) };
        trigger.SetValueType("DATE-TIME");
        return trigger;
    }

    private static CalendarEvent Timed(ReminderEvent e, string zoneId, string uid, string summary, string description)
    {
        var start = Local(e.Day).At(LocalTime.FromTimeOnly(e.Time!.Value));
        var end = start.Plus(SessionBlock);
        return new CalendarEvent
        {
            Uid = uid,
            DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, zoneId),
            DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, zoneId),
            Summary = summary,
            Description = description,
        };
    }

    private static CalendarEvent AllDay(ReminderEvent e, string uid, string summary, string description) => new()
    {
        Uid = uid,
        DtStart = new CalDateTime(e.Day),
        DtEnd = new CalDateTime(e.Day.AddDays(1)),
        Summary = summary,
        Description = description,
    };

    private static LocalDate Local(DateOnly day) => new(day.Year, day.Month, day.Day);
}
