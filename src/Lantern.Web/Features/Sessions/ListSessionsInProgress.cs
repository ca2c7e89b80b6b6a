using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A session in progress and when its next prompts fall: the next support-person check and, until a reading counts
/// for it, the reading about 40 minutes after the dose (<see cref="SessionMonitoring"/>).
/// </summary>
[SharedWithOtherFeatures]
public sealed record SessionInProgress(
    Guid SessionId, Guid PatientId, Guid? SupportUserId, int NextCheckMinute, DateTimeOffset NextCheckAt, DateTimeOffset? BloodPressureDueAt);

/// <summary>
/// Every session in progress, for the dosing-day prompts that reach the patient's and the support person's devices
/// without an open page (issue 16, hazard WS-03). A system read for the scheduler, not a person's: it returns ids
/// and minutes only, and the notifications it leads to carry no health details.
/// </summary>
[SharedWithOtherFeatures]
public sealed class ListSessionsInProgressHandler(LanternDbContext db)
{
    /// <summary>
    /// A session left open is not prompted for ever: after this long from the dose it drops out (well past the
    /// two-hour observation minimum; a product choice, not a clinical number).
    /// </summary>
    public static readonly TimeSpan PromptsEndAfter = TimeSpan.FromHours(8);

    public async Task<IReadOnlyList<SessionInProgress>> HandleAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = now - PromptsEndAfter;
        var sessions = await db.Set<DosingSession>().AsNoTracking()
            .Where(s => s.State == SessionState.Started && s.FinishedAt == null && s.DosedAt != null && s.DosedAt > since)
            .Select(s => new { s.Id, s.PatientId, s.SupportUserId, DosedAt = s.DosedAt!.Value })
            .ToListAsync(ct);
        if (sessions.Count == 0)
        {
            return [];
        }

        var ids = sessions.Select(s => s.Id).ToArray();
        var checks = await db.Set<SupportCheck>().AsNoTracking().Where(c => ids.Contains(c.SessionId))
            .Select(c => new { c.SessionId, c.MinutesAfterDose }).ToListAsync(ct);
        var readings = await db.Set<SessionVital>().AsNoTracking()
            .Where(v => ids.Contains(v.SessionId) && (v.Timing == VitalTiming.FortyMinutes || v.Timing == VitalTiming.During) && v.MinutesAfterDose != null)
            .Select(v => new { v.SessionId, Minutes = v.MinutesAfterDose!.Value }).ToListAsync(ct);
        var checksBySession = checks.ToLookup(c => c.SessionId, c => c.MinutesAfterDose);
        var readingsBySession = readings.ToLookup(r => r.SessionId, r => r.Minutes);

        return sessions.Select(s =>
        {
            var status = SessionMonitoring.Status(SessionView.MinutesAfter(s.DosedAt, now), checksBySession[s.Id], readingsBySession[s.Id]);
            return new SessionInProgress(
                s.Id, s.PatientId, s.SupportUserId, status.NextCheckAtMinute, s.DosedAt.AddMinutes(status.NextCheckAtMinute),
                status.BloodPressureRecorded ? null : s.DosedAt.AddMinutes(SessionMonitoring.BloodPressureAfterDoseMinutes));
        }).ToArray();
    }
}
