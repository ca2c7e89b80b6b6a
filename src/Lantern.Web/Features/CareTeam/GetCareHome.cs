using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Platform.Charts;

namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// One person on a caregiver's or therapist's home. Every part is null when that kind of record is not shared with
/// the reader, so the page can say "not shared" rather than "nothing yet".
/// </summary>
/// <param name="Attention">Why this person may need the reader first, in words; empty when nothing stands out.</param>
public sealed record CareHomePerson(
    CaseloadRow Row,
    Person Person,
    IReadOnlyList<ChartPoint>? Mood,
    IReadOnlyList<ChartPoint>? Phq9,
    IReadOnlyList<ChartPoint>? Gad7,
    IReadOnlyList<AlertResponse>? OpenAlerts,
    IReadOnlyList<UpcomingSessionResponse>? SessionsThisWeek,
    IReadOnlyList<string> Attention);

/// <summary>A therapist's own private note, shown on their home with whose it is.</summary>
public sealed record RecentNoteResponse(Guid PatientId, string PatientName, string Text, DateTimeOffset CreatedAt);

/// <param name="From">The first day of the trend pictures (in the reader's calendar).</param>
public sealed record CareHomeResponse(
    IReadOnlyList<CareHomePerson> People,
    IReadOnlyList<RecentNoteResponse> RecentNotes,
    DateOnly From,
    DateOnly Today);

/// <summary>
/// The home of a caregiver or therapist (issue 15): everyone who shares with them, people who may need them first,
/// each with a small trend, open alerts, this week's sessions and (for a therapist) their latest private notes. A
/// fixed number of queries whatever the caseload; every kind of record read is read through the access chokepoint
/// with its scope, and audited per person (the caseload's read, plus each further kind shown).
/// </summary>
public sealed class GetCareHomeHandler(
    CaseloadHandler caseload, LanternDbContext db, HealthDataAccess access, AuditLog audit, PeopleDirectory people)
{
    /// <summary>How far back the trend pictures reach.</summary>
    public const int TrendDays = 30;

    /// <summary>
    /// Days without a check-in after which a person is listed as needing attention. A product choice (a week), not a
    /// clinical threshold: it only orders the list and says so in words.
    /// </summary>
    public const int QuietDays = 7;

    /// <summary>How many of a therapist's own notes the home shows.</summary>
    public const int NotesShown = 5;

    public async Task<CareHomeResponse> HandleAsync(string? sort, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var reader = await people.GetAsync(me.UserId, ct);
        var today = reader.Today;
        var from = today.AddDays(-TrendDays);
        var rows = await caseload.HandleAsync(CaseloadHandler.SortKeys.Contains(sort ?? "") ? sort : null, ct);
        if (rows.Count == 0)
        {
            return new CareHomeResponse([], [], from, today);
        }

        var patientIds = rows.Select(r => r.PatientId).ToArray();
        await people.LoadAsync(patientIds, ct);
        var moodIds = me.PatientsSharing(AccessScope.Mood).ToArray();
        var mood = (await db.Set<CheckIn>().AsNoTracking().VisibleTo(me, AccessScope.Mood)
                .Where(c => moodIds.Contains(c.PatientId) && c.Day >= from.AddDays(-1))
                .Select(c => new { c.PatientId, c.Day, c.Mood })
                .ToListAsync(ct))
            .ToLookup(c => c.PatientId, c => new ChartPoint(c.Day, c.Mood));

        // Scores reach further back than check-ins: questionnaires come every two weeks or so, and a line needs two.
        var scoreFrom = today.AddDays(-TrendDays * 6);
        var questionnaireIds = me.PatientsSharing(AccessScope.Questionnaires).ToArray();
        var scores = await db.Set<QuestionnaireResponse>().AsNoTracking().VisibleTo(me, AccessScope.Questionnaires)
            .Where(r => questionnaireIds.Contains(r.PatientId) && (r.Instrument == "phq9" || r.Instrument == "gad7") && r.Day >= scoreFrom)
            .Select(r => new { r.PatientId, r.Instrument, r.Day, r.Total, r.Flags, r.CompletedAt })
            .ToListAsync(ct);
        var phq9 = scores.Where(s => s.Instrument == "phq9").ToLookup(s => s.PatientId, s => new ChartPoint(s.Day, s.Total));
        var gad7 = scores.Where(s => s.Instrument == "gad7").ToLookup(s => s.PatientId, s => new ChartPoint(s.Day, s.Total));
        var selfHarmOnLatest = scores.Where(s => s.Instrument == "phq9").GroupBy(s => s.PatientId)
            .Where(g => g.MaxBy(s => s.CompletedAt)!.Flags.Split(',').Contains(RedFlags.SelfHarmThoughts.Code))
            .Select(g => g.Key).ToHashSet();

        var alertIds = me.PatientsSharing(AccessScope.Alerts).ToArray();
        var alerts = (await db.Set<Alert>().AsNoTracking().VisibleTo(me, AccessScope.Alerts)
                .Where(a => alertIds.Contains(a.PatientId) && a.AcknowledgedAt == null)
                .OrderByDescending(a => a.RaisedAt)
                .ToListAsync(ct))
            .ToLookup(a => a.PatientId, AlertResponse.From);

        var sessionIds = me.PatientsSharing(AccessScope.Sessions).ToArray();
        var weekEnd = today.AddDays(7);
        var sessions = (await db.Set<DosingSession>().AsNoTracking().VisibleTo(me, AccessScope.Sessions)
                .Where(s => sessionIds.Contains(s.PatientId)
                    && (s.State == SessionState.Started || (s.State == SessionState.Planned && s.PlannedDate >= today.AddDays(-1) && s.PlannedDate <= weekEnd)))
                .ToListAsync(ct))
            .ToLookup(s => s.PatientId);

        var notes = me.Role == UserRole.Therapist
            ? await db.Set<TherapistNote>().AsNoTracking()
                .Where(n => n.AuthorId == me.UserId && patientIds.Contains(n.PatientId))
                .OrderByDescending(n => n.CreatedAt).Take(NotesShown)
                .Select(n => new { n.PatientId, n.Text, n.CreatedAt })
                .ToListAsync(ct)
            : [];

        audit.RecordReads(me.UserId, moodIds.Where(mood.Contains), nameof(CheckIn));
        audit.RecordReads(me.UserId, alertIds.Where(alerts.Contains), nameof(Alert));

        var result = new List<CareHomePerson>();
        foreach (var row in rows)
        {
            var person = await people.GetAsync(row.PatientId, ct);
            var personToday = person.Today;
            IReadOnlyList<UpcomingSessionResponse>? week = sessionIds.Contains(row.PatientId)
                ? sessions[row.PatientId]
                    .Where(s => s.State == SessionState.Started || (s.PlannedDate >= personToday && s.PlannedDate <= personToday.AddDays(7)))
                    .OrderByDescending(s => s.State == SessionState.Started).ThenBy(s => s.PlannedDate).ThenBy(s => s.PlannedTime)
                    .Select(s => new UpcomingSessionResponse(s.Id, s.PlannedDate, s.PlannedTime, SessionCodes.ToCode(s.State), s.IsBooster, s.SupportUserId == me.UserId))
                    .ToArray()
                : null;
            var open = alertIds.Contains(row.PatientId) ? alerts[row.PatientId].ToArray() : null;
            result.Add(new CareHomePerson(
                row,
                person,
                moodIds.Contains(row.PatientId) ? [.. mood[row.PatientId].OrderBy(p => p.Date)] : null,
                questionnaireIds.Contains(row.PatientId) ? [.. phq9[row.PatientId].OrderBy(p => p.Date)] : null,
                questionnaireIds.Contains(row.PatientId) ? [.. gad7[row.PatientId].OrderBy(p => p.Date)] : null,
                open,
                week,
                AttentionFor(row, selfHarmOnLatest.Contains(row.PatientId))));
        }

        // Unless the reader chose an order, people who may need them come first, the most reasons first.
        IReadOnlyList<CareHomePerson> ordered = sort is null or "attention"
            ? [.. result.OrderByDescending(p => p.Attention.Count).ThenByDescending(p => p.Row.OpenAlerts ?? 0).ThenBy(p => p.Row.Name, StringComparer.CurrentCulture)]
            : result;
        var names = rows.ToDictionary(r => r.PatientId, r => r.Name);
        return new CareHomeResponse(
            ordered,
            [.. notes.Select(n => new RecentNoteResponse(n.PatientId, names[n.PatientId], n.Text, n.CreatedAt))],
            from,
            today);
    }

    /// <summary>Why someone may need the reader first, each reason a plain sentence.</summary>
    public static IReadOnlyList<string> AttentionFor(CaseloadRow row, bool selfHarmOnLatestPhq9)
    {
        var reasons = new List<string>();
        if (row.OpenAlerts is > 0 and var open)
        {
            reasons.Add(open == 1 ? "1 open alert" : $"{open} open alerts");
        }

        if (selfHarmOnLatestPhq9)
        {
            reasons.Add("Their latest PHQ-9 included thoughts of being better off dead or of hurting themselves");
        }

        if (row.DaysSinceCheckIn is >= QuietDays and var days)
        {
            reasons.Add($"No check-in for {days} days");
        }

        return reasons;
    }

    /// <summary>The most a trend picture's scale needs for each instrument (from the instrument's own range).</summary>
    public static int ScaleMax(string instrument) => instrument switch
    {
        "phq9" => Phq9Result.MaxTotal,
        "gad7" => Gad7Result.MaxTotal,
        _ => CheckInInput.ScaleMax,
    };
}
