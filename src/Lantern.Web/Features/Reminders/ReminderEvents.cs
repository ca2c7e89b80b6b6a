using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Features.Taper.Plans;
using NodaTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// Something dated that a reminder of <paramref name="Kind"/> is about, for the person <paramref name="UserId"/>: the
/// event, not the reminder. <see cref="ReminderPlanner.DueFor"/> turns it into the instant the reminder is due (the day
/// before <paramref name="Day"/> for the "tomorrow" kinds).
/// </summary>
/// <param name="Occurrence">
/// A stable key of at most 64 characters with no health details, unique per person and kind: a session's id
/// (<c>N</c> format), <c>{planId:N}:{yyyy-MM-dd}</c> for a taper step, <c>yyyy-MM-dd</c> for questionnaires due.
/// </param>
/// <param name="Day">The thing's own date where <paramref name="UserId"/> lives (a supported session is moved into the supporter's zone).</param>
/// <param name="Time">Its wall-clock time there, for sessions; null for things that have only a day.</param>
/// <param name="HoldAdvised">Taper steps only: the hold rule says stay at the current dose (say "check first", not "reduce").</param>
public sealed record ReminderEvent(ReminderKind Kind, Guid UserId, string Occurrence, DateOnly Day, TimeOnly? Time, bool HoldAdvised);

/// <summary>
/// What is coming up for many people at once: the dated things their reminders and calendar feeds are about, from
/// sessions, taper plans and questionnaire schedules. At most seven queries whatever the batch size (people, sessions,
/// taper plans and, when any exist, their events and journal days, questionnaire schedules and last completions), none
/// per person.
/// </summary>
/// <remarks>
/// The reminder scheduler and the calendar feed are system processes that remind each person of their own things (a
/// caregiver only of a session they are the named support person for, while the patient's sessions grant is in
/// force), so this reads through the DbContext directly: there is no signed-in person for the access chokepoint, and
/// what it returns carries no health details, only kinds, ids and dates.
/// </remarks>
public sealed class ReadReminderEventsHandler(LanternDbContext db, ListUpcomingTaperStepsHandler taperSteps, TimeProvider time)
{
    /// <summary>
    /// The events of <paramref name="userIds"/> whose <see cref="ReminderEvent.Day"/> (in each person's own zone) is
    /// from <paramref name="from"/> to <paramref name="to"/>, both included. To send "tomorrow" reminders on day D, ask
    /// for days up to D + 1.
    /// </summary>
    /// <returns>
    /// For each planned session of a patient, two events with the same occurrence: <see cref="ReminderKind.SessionToday"/>
    /// and <see cref="ReminderKind.SessionTomorrow"/>, both on the session's day and time. For each planned session a
    /// person is the named support person of, with the patient's sessions grant in force now,
    /// <see cref="ReminderKind.SupportPersonTomorrow"/> on the session's day and time in the supporter's zone. For each
    /// proposed step of a patient's taper plans, <see cref="ReminderKind.TaperStepDue"/> on its date. For each day on
    /// which one or more scheduled questionnaires of a patient fall due, one <see cref="ReminderKind.QuestionnaireDue"/>.
    /// Sessions that started, finished or were cancelled give nothing.
    /// </returns>
    public async Task<IReadOnlyList<ReminderEvent>> HandleAsync(IReadOnlyCollection<Guid> userIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (userIds.Count == 0 || to < from)
        {
            return [];
        }

        var ids = userIds.Distinct().ToArray();
        var now = time.GetUtcNow();
        var people = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new { u.Id, u.TimeZone, u.Role })
                .ToListAsync(ct))
            .ToDictionary(u => u.Id, u => (Zone: Zone(u.TimeZone), u.Role));

        var events = new List<ReminderEvent>();
        await AddSessionsAsync(events, ids, people.ToDictionary(p => p.Key, p => p.Value.Zone), from, to, now, ct);

        var patients = people.Where(p => p.Value.Role == UserRole.Patient).Select(p => p.Key).ToArray();
        foreach (var step in await taperSteps.HandleAsync(patients, from, to, ct))
        {
            events.Add(new ReminderEvent(ReminderKind.TaperStepDue, step.PatientId, $"{step.PlanId:N}:{Iso(step.Date)}", step.Date, null, step.HoldAdvised));
        }

        await AddQuestionnairesAsync(events, patients, people.ToDictionary(p => p.Key, p => p.Value.Zone), from, to, now, ct);
        return events;
    }

    private async Task AddSessionsAsync(List<ReminderEvent> events, Guid[] ids, Dictionary<Guid, DateTimeZone> zones,
        DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken ct)
    {
        // A day either side: a supported session is on the patient's date, which may be another date where the supporter lives.
        var earliest = from.AddDays(-1);
        var latest = to.AddDays(1);
        var inForce = db.InForce(now, AccessScope.Sessions);
        var sessions = await db.Set<DosingSession>().AsNoTracking()
            .Where(s => s.State == SessionState.Planned && s.PlannedDate >= earliest && s.PlannedDate <= latest)
            .Where(s => ids.Contains(s.PatientId)
                || (s.SupportUserId != null && ids.Contains(s.SupportUserId.Value)
                    && inForce.Any(g => g.PatientId == s.PatientId && g.GranteeId == s.SupportUserId)))
            .Select(s => new
            {
                s.Id,
                s.PatientId,
                s.SupportUserId,
                s.PlannedDate,
                s.PlannedTime,
                PatientZone = db.Users.Where(u => u.Id == s.PatientId).Select(u => u.TimeZone).FirstOrDefault(),
            })
            .ToListAsync(ct);

        foreach (var s in sessions)
        {
            var occurrence = s.Id.ToString("N");
            if (zones.ContainsKey(s.PatientId) && s.PlannedDate >= from && s.PlannedDate <= to)
            {
                events.Add(new ReminderEvent(ReminderKind.SessionToday, s.PatientId, occurrence, s.PlannedDate, s.PlannedTime, false));
                events.Add(new ReminderEvent(ReminderKind.SessionTomorrow, s.PatientId, occurrence, s.PlannedDate, s.PlannedTime, false));
            }

            if (s.SupportUserId is { } supporter && supporter != s.PatientId && zones.TryGetValue(supporter, out var supporterZone))
            {
                var starts = ReminderClock.Resolve(ToLocal(s.PlannedDate, s.PlannedTime), Zone(s.PatientZone)).InZone(supporterZone).LocalDateTime;
                var day = new DateOnly(starts.Year, starts.Month, starts.Day);
                if (day >= from && day <= to)
                {
                    events.Add(new ReminderEvent(ReminderKind.SupportPersonTomorrow, supporter, occurrence, day,
                        new TimeOnly(starts.Hour, starts.Minute), false));
                }
            }
        }
    }

    private async Task AddQuestionnairesAsync(List<ReminderEvent> events, Guid[] patients, Dictionary<Guid, DateTimeZone> zones,
        DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken ct)
    {
        var intervals = await db.Set<QuestionnaireSchedule>().AsNoTracking()
            .Where(s => patients.Contains(s.PatientId))
            .Select(s => new { s.PatientId, s.IntervalDays })
            .ToDictionaryAsync(s => s.PatientId, s => s.IntervalDays, ct);
        var lastCompleted = (await db.Set<QuestionnaireResponse>().AsNoTracking()
                .Where(r => patients.Contains(r.PatientId) && QuestionnaireSchedule.ScheduledInstruments.Contains(r.Instrument))
                .GroupBy(r => new { r.PatientId, r.Instrument })
                .Select(g => new { g.Key.PatientId, g.Key.Instrument, Last = g.Max(r => r.Day) })
                .ToListAsync(ct))
            .ToLookup(l => l.PatientId);

        foreach (var patient in patients)
        {
            // The questionnaires page's own rule (never completed is due today), in the patient's own today.
            var local = Instant.FromDateTimeOffset(now).InZone(zones[patient]).Date;
            var today = new DateOnly(local.Year, local.Month, local.Day);
            var due = QuestionnaireDue.Compute(
                intervals.GetValueOrDefault(patient, QuestionnaireSchedule.DefaultIntervalDays),
                lastCompleted[patient].ToDictionary(l => l.Instrument, l => l.Last),
                today);
            foreach (var day in due.Select(d => d.NextDue).Distinct().Where(d => d >= from && d <= to))
            {
                events.Add(new ReminderEvent(ReminderKind.QuestionnaireDue, patient, Iso(day), day, null, false));
            }
        }
    }

    private static LocalDateTime ToLocal(DateOnly day, TimeOnly at) => new(day.Year, day.Month, day.Day, at.Hour, at.Minute);

    private static DateTimeZone Zone(string? zoneId) =>
        (zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)) ?? DateTimeZone.Utc;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
