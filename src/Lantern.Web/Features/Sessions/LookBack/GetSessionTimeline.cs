using Lantern.Web.Features.CheckIns;

namespace Lantern.Web.Features.Sessions.LookBack;

/// <summary>Mood and anxiety from the check-in of the day after a session.</summary>
public sealed record NextDayMoodResponse(DateOnly Day, int Mood, int Anxiety);

/// <summary>One session looking back: its three key readings, what was felt, the next day's mood and the journal.</summary>
public sealed record TimelineEntryResponse(
    Guid SessionId,
    Guid CourseId,
    DateOnly Date,
    string State,
    bool IsBooster,
    DateTimeOffset? DosedAt,
    VitalResponse? Before,
    VitalResponse? FortyMinutes,
    VitalResponse? After,
    int ChecksLogged,
    bool ConcernLogged,
    string? ClosingFeeling,
    SideEffectsResponse? SideEffects,
    NextDayMoodResponse? NextDayMood,
    JournalResponse? Journal);

/// <param name="MoodShared">The next-day mood is included (the patient, or a grantee with the mood scope).</param>
/// <param name="JournalShared">Journal answers are included (the patient, or a grantee with the journal scope).</param>
public sealed record TimelineResponse(Guid PatientId, string TimeZone, bool MoodShared, bool JournalShared, IReadOnlyList<TimelineEntryResponse> Sessions);

/// <summary>
/// The "look back" across every session that has started, newest first. Sessions, readings and side effects are read
/// under <see cref="AccessScope.Sessions"/>; the next-day mood only with <see cref="AccessScope.Mood"/> and journal
/// answers only with <see cref="AccessScope.Journal"/>, each audited when someone else reads them.
/// </summary>
public sealed class GetSessionTimelineHandler(LanternDbContext db, HealthDataAccess access, PeopleDirectory people)
{
    public async Task<TimelineResponse> HandleAsync(Guid? patientId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var whose = patientId ?? me.UserId;
        var sessions = (await (await access.ForPatientAsync(db.DosingSessions().AsNoTracking(), whose, AccessScope.Sessions, ct))
                .Where(s => s.State == SessionState.Started || s.State == SessionState.Finished)
                .ToListAsync(ct))
            .OrderByDescending(s => s.DosedAt).ToArray();
        var ids = sessions.Select(s => s.Id).ToArray();
        var vitals = await (await access.ForPatientAsync(db.SessionVitals().AsNoTracking(), whose, AccessScope.Sessions, ct))
            .Where(v => ids.Contains(v.SessionId)).ToListAsync(ct);
        var checks = await (await access.ForPatientAsync(db.SupportChecks().AsNoTracking(), whose, AccessScope.Sessions, ct))
            .Where(c => ids.Contains(c.SessionId))
            .Select(c => new { c.SessionId, Concern = c.Responsiveness == "hard-to-wake" || c.BreathingConcern || c.Calmness == "very-distressed" })
            .ToListAsync(ct);
        var effects = await (await access.ForPatientAsync(db.SideEffectReports().AsNoTracking(), whose, AccessScope.Sessions, ct))
            .Where(r => ids.Contains(r.SessionId)).ToListAsync(ct);
        var profile = await people.GetAsync(whose, ct);

        var moodShared = me.CanRead(whose, AccessScope.Mood);
        var nextDays = sessions.Where(s => s.DosedAt is not null)
            .ToDictionary(s => s.Id, s => LocalTime.DateOf(s.DosedAt!.Value, profile.TimeZone).AddDays(1));
        var moods = new Dictionary<DateOnly, NextDayMoodResponse>();
        if (moodShared && nextDays.Count > 0)
        {
            var days = nextDays.Values.Distinct().ToArray();
            moods = (await (await access.ForPatientAsync(db.Set<CheckIn>().AsNoTracking(), whose, AccessScope.Mood, ct))
                    .Where(c => days.Contains(c.Day))
                    .Select(c => new NextDayMoodResponse(c.Day, c.Mood, c.Anxiety))
                    .ToListAsync(ct))
                .ToDictionary(m => m.Day);
        }

        var journalShared = me.CanRead(whose, AccessScope.Journal);
        var journals = journalShared
            ? (await (await access.ForPatientAsync(db.IntegrationEntries().AsNoTracking(), whose, AccessScope.Journal, ct))
                .Where(e => ids.Contains(e.SessionId)).ToListAsync(ct)).ToDictionary(e => e.SessionId)
            : [];

        var entries = sessions.Select(s =>
        {
            var mine = vitals.Where(v => v.SessionId == s.Id).OrderBy(v => v.TakenAt).ToArray();
            return new TimelineEntryResponse(
                s.Id,
                s.CourseId,
                s.DosedAt is { } dosed ? LocalTime.DateOf(dosed, profile.TimeZone) : s.PlannedDate,
                SessionCodes.ToCode(s.State),
                s.IsBooster,
                s.DosedAt,
                Pick(mine.LastOrDefault(v => v.Timing == VitalTiming.Before)),
                Pick(mine.FirstOrDefault(v => v.Timing == VitalTiming.FortyMinutes)),
                Pick(mine.LastOrDefault(v => v.Timing == VitalTiming.After)),
                checks.Count(c => c.SessionId == s.Id),
                checks.Any(c => c.SessionId == s.Id && c.Concern),
                s.ClosingFeeling,
                effects.FirstOrDefault(r => r.SessionId == s.Id) is { } report ? SideEffectsResponse.From(report) : null,
                moodShared && nextDays.TryGetValue(s.Id, out var next) && moods.TryGetValue(next, out var mood) ? mood : null,
                journalShared ? JournalResponse.From(journals.GetValueOrDefault(s.Id)) : null);
        }).ToArray();
        return new TimelineResponse(whose, profile.TimeZone, moodShared, journalShared, entries);
    }

    private static VitalResponse? Pick(SessionVital? vital) => vital is null ? null : VitalResponse.From(vital);
}
