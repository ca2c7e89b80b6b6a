namespace Lantern.Web.Features.Sessions;

public sealed record SupportingSessionResponse(Guid Id, Guid PatientId, string PatientName, DateOnly PlannedDate, TimeOnly PlannedTime, string State, DateTimeOffset? DosedAt);

/// <summary>
/// For a caregiver: the sessions in which they are the named support person, running now or planned from yesterday on,
/// for patients who still share their sessions with them. Reading them is audited once per patient.
/// </summary>
public sealed class ListSupportingSessionsHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<SupportingSessionResponse>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        if (me.PatientsSharing(AccessScope.Sessions).Count == 0)
        {
            return [];
        }

        var from = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1);
        var rows = await db.DosingSessions().AsNoTracking()
            .VisibleTo(me, AccessScope.Sessions)
            .Where(s => s.SupportUserId == me.UserId && s.PatientId != me.UserId
                && (s.State == SessionState.Started || (s.State == SessionState.Planned && s.PlannedDate >= from)))
            .Join(db.Users, s => s.PatientId, u => u.Id, (s, u) => new { Session = s, u.DisplayName })
            .ToListAsync(ct);
        foreach (var patientId in rows.Select(r => r.Session.PatientId).Distinct())
        {
            audit.Record(AuditAction.RecordRead, me.UserId, patientId, nameof(DosingSession), null, AuditOutcome.Success);
        }

        return rows
            .OrderByDescending(r => r.Session.State == SessionState.Started)
            .ThenBy(r => r.Session.PlannedDate).ThenBy(r => r.Session.PlannedTime)
            .Select(r => new SupportingSessionResponse(r.Session.Id, r.Session.PatientId, r.DisplayName, r.Session.PlannedDate,
                r.Session.PlannedTime, SessionCodes.ToCode(r.Session.State), r.Session.DosedAt))
            .ToArray();
    }
}
