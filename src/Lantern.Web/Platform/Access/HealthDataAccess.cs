using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Platform.Access;

/// <summary>
/// The health-data chokepoint for one request: builds the caller's <see cref="AccessContext"/>,
/// finds records through <see cref="HealthDataQueries.VisibleTo{T}"/>, and audits every read of a
/// patient's data by someone other than that patient.
/// </summary>
public sealed class HealthDataAccess(LanternDbContext db, ICurrentUser currentUser, AuditLog audit, TimeProvider time)
{
    private AccessContext? _context;

    /// <summary>The caller's access; grants count only if live and the grantee has two-factor on.</summary>
    public async Task<AccessContext> GetContextAsync(CancellationToken ct)
    {
        if (_context is not null)
        {
            return _context;
        }

        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.Role, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(ct) ?? throw new UnauthorizedAccessException();

        var shared = new Dictionary<Guid, AccessScope>();
        if (user.TwoFactorEnabled)
        {
            var now = time.GetUtcNow();
            var grants = await db.CareGrants.AsNoTracking()
                .Where(g => g.GranteeId == userId && g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > now))
                .Select(g => new { g.PatientId, g.Scopes })
                .ToListAsync(ct);
            foreach (var grant in grants)
            {
                shared[grant.PatientId] = shared.GetValueOrDefault(grant.PatientId) | grant.Scopes;
            }
        }

        _context = new AccessContext(userId, user.Role, shared);
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
            await audit.RecordAsync(AuditAction.RecordRead, access.UserId, record.PatientId, typeof(T).Name, id.ToString(), AuditOutcome.Success, ct);
        }

        return record;
    }

    /// <summary>One record the caller owns, for changing it; anything else is <see cref="RecordNotFoundException"/>.</summary>
    public async Task<T> FindOwnedAsync<T>(IQueryable<T> records, Guid id, CancellationToken ct)
        where T : class, IPatientOwned
    {
        var access = await GetContextAsync(ct);
        return await records.OwnedBy(access).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new RecordNotFoundException();
    }

    /// <summary>
    /// The records of one patient in <paramref name="scope"/>. Reading someone else's writes one audit
    /// event for the list; a patient who has not shared that scope looks exactly like one who does not exist.
    /// </summary>
    public async Task<IQueryable<T>> ForPatientAsync<T>(IQueryable<T> records, Guid patientId, AccessScope scope, CancellationToken ct)
        where T : class, IPatientOwned
    {
        var access = await GetContextAsync(ct);
        if (!access.CanRead(patientId, scope))
        {
            throw new RecordNotFoundException();
        }

        if (patientId != access.UserId)
        {
            await audit.RecordAsync(AuditAction.RecordRead, access.UserId, patientId, typeof(T).Name, null, AuditOutcome.Success, ct);
        }

        return records.VisibleTo(access, scope).Where(r => r.PatientId == patientId);
    }
}
