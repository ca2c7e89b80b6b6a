namespace Lantern.Web.Features.Sessions;

/// <summary>A session with everything recorded in it, and what the caller may see and do.</summary>
/// <param name="Journal">Null when the caller may not read free text (or nothing was written).</param>
/// <param name="FreeTextShared">The caller may read this patient's free text: they are the patient or hold the journal scope.</param>
public sealed record SessionBundle(
    DosingSession Session,
    KetamineCourse Course,
    Person Profile,
    IReadOnlyList<SessionVital> Vitals,
    IReadOnlyList<SupportCheck> Checks,
    SideEffectReport? SideEffects,
    IntegrationEntry? Journal,
    Guid CallerId,
    bool FreeTextShared)
{
    public bool IsOwner => Session.PatientId == CallerId;

    /// <summary>The caller is the Lantern caregiver named as this session's support person.</summary>
    public bool IsSupportPerson => !IsOwner && Session.SupportUserId == CallerId;
}

/// <summary>
/// Loads a session and its records through the health-data chokepoint: the session, its course, readings, checks and
/// side effects under <see cref="AccessScope.Sessions"/>, the journal only under <see cref="AccessScope.Journal"/>.
/// Every read by someone other than the patient is audited there.
/// </summary>
public sealed class SessionReader(LanternDbContext db, HealthDataAccess access, PeopleDirectory people)
{
    /// <summary>For reading: the patient, or someone they share their sessions with.</summary>
    public async Task<SessionBundle> ReadAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(await access.FindAsync(db.DosingSessions().AsNoTracking(), id, AccessScope.Sessions, ct), ct);

    /// <summary>For changing: only the patient; anyone else gets the same 404 as a missing session. The session is tracked.</summary>
    public async Task<SessionBundle> ReadOwnedAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(await access.FindOwnedAsync(db.DosingSessions(), id, ct), ct);

    private async Task<SessionBundle> LoadAsync(DosingSession session, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var patientId = session.PatientId;
        var course = await (await access.ForPatientAsync(db.Courses().AsNoTracking(), patientId, AccessScope.Sessions, ct))
            .FirstAsync(c => c.Id == session.CourseId, ct);
        var vitals = await (await access.ForPatientAsync(db.SessionVitals().AsNoTracking(), patientId, AccessScope.Sessions, ct))
            .Where(v => v.SessionId == session.Id).ToListAsync(ct);
        var checks = await (await access.ForPatientAsync(db.SupportChecks().AsNoTracking(), patientId, AccessScope.Sessions, ct))
            .Where(c => c.SessionId == session.Id).ToListAsync(ct);
        var effects = await (await access.ForPatientAsync(db.SideEffectReports().AsNoTracking(), patientId, AccessScope.Sessions, ct))
            .FirstOrDefaultAsync(r => r.SessionId == session.Id, ct);
        var shared = me.CanRead(patientId, AccessScope.Journal);
        var journal = shared
            ? await (await access.ForPatientAsync(db.IntegrationEntries().AsNoTracking(), patientId, AccessScope.Journal, ct))
                .FirstOrDefaultAsync(e => e.SessionId == session.Id, ct)
            : null;
        var profile = await people.GetAsync(patientId, ct);

        // Ordered in memory: SQLite cannot order by a DateTimeOffset converted to ticks any differently, but this keeps one rule for both.
        return new SessionBundle(
            session, course, profile,
            [.. vitals.OrderBy(v => v.TakenAt).ThenBy(v => v.Id)],
            [.. checks.OrderBy(c => c.CheckedAt).ThenBy(c => c.Id)],
            effects, journal, me.UserId, shared);
    }
}
