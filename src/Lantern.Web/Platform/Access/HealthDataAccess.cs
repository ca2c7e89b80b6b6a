namespace Lantern.Web.Platform.Access;

/// <summary>
/// The health-data chokepoint for one request: builds the caller's <see cref="AccessContext"/>,
/// finds records through <see cref="HealthDataQueries.VisibleTo{T}"/>, and audits every read of a
/// patient's data by someone other than that patient (<see cref="AuditLog"/>, once per kind of record per request).
/// </summary>
public sealed class HealthDataAccess(LanternDbContext db, ICurrentUser currentUser, PeopleDirectory people, AuditLog audit, TimeProvider time)
{
    private AccessContext? _context;

    /// <summary>The caller's access; grants count only if in force (<see cref="LiveGrants.InForce"/>).</summary>
    public async Task<AccessContext> GetContextAsync(CancellationToken ct)
    {
        if (_context is not null)
        {
            return _context;
        }

        // The same one query per request as CurrentPerson's: both ask the request's PeopleDirectory.
        var me = await people.FindAsync(currentUser.UserId ?? throw new UnauthorizedAccessException(), ct)
            ?? throw new UnauthorizedAccessException();
        var shared = new Dictionary<Guid, AccessScope>();
        if (me.TwoFactorEnabled)
        {
            var grants = await db.InForce(time.GetUtcNow())
                .Where(g => g.GranteeId == me.Id)
                .Select(g => new { g.PatientId, g.Scopes })
                .ToListAsync(ct);
            foreach (var grant in grants)
            {
                shared[grant.PatientId] = shared.GetValueOrDefault(grant.PatientId) | grant.Scopes;
            }
        }

        _context = new AccessContext(me.Id, me.Role, shared);
        return _context;
    }

    /// <summary>One record the caller may read in <paramref name="scope"/>, or <see cref="RecordNotFoundException"/>.</summary>
    public async Task<T> FindAsync<T>(IQueryable<T> records, Guid id, AccessScope scope, CancellationToken ct)
        where T : class, IPatientOwned
    {
        var access = await GetContextAsync(ct);
        var record = await records.VisibleTo(access, scope).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new RecordNotFoundException();
        if (record.PatientId != access.UserId)
        {
            audit.Record(AuditAction.RecordRead, access.UserId, record.PatientId, typeof(T).Name, id.ToString(), AuditOutcome.Success);
        }

        return record;
    }

    /// <summary>One record the caller owns, for changing it; anything else is <see cref="RecordNotFoundException"/>.</summary>
    public async Task<T> FindOwnedAsync<T>(IQueryable<T> records, Guid id, CancellationToken ct)
        where T : class, IPatientOwned =>
        await FindOwnedOrDefaultAsync(records, id, ct) ?? throw new RecordNotFoundException();

    /// <summary>One record the caller owns, or null when there is none (someone else's looks the same as a missing one).</summary>
    public async Task<T?> FindOwnedOrDefaultAsync<T>(IQueryable<T> records, Guid id, CancellationToken ct)
        where T : class, IPatientOwned
    {
        var access = await GetContextAsync(ct);
        return await records.OwnedBy(access).FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    /// <summary>
    /// The records of one patient in <paramref name="scope"/>. Reading someone else's is audited (once per kind of record
    /// per request); a patient who has not shared that scope looks exactly like one who does not exist.
    /// </summary>
    public async Task<IQueryable<T>> ForPatientAsync<T>(IQueryable<T> records, Guid patientId, AccessScope scope, CancellationToken ct)
        where T : class, IPatientOwned
    {
        return PatientRecords.Read(await GetContextAsync(ct), audit, patientId, records, scope);
    }

    /// <summary>
    /// One patient, opened once for a page or answer that reads several kinds of their records (the dashboard, the
    /// care-team summary): the caller's own records, or a patient who shares at least one scope with them; anyone else
    /// is <see cref="RecordNotFoundException"/>. It carries the patient's <see cref="Person"/> (zone, name, crisis
    /// country), loaded only after the check.
    /// </summary>
    public async Task<PatientRecords> OpenPatientAsync(Guid patientId, CancellationToken ct)
    {
        var access = await GetContextAsync(ct);
        if (patientId != access.UserId && !access.SharedWithMe.ContainsKey(patientId))
        {
            throw new RecordNotFoundException();
        }

        return new PatientRecords(access, patientId, await people.GetAsync(patientId, ct), audit);
    }
}
