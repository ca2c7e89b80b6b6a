namespace Lantern.Web.Features.CareTeam;

public sealed record SharedPatientResponse(Guid PatientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset? SharingEndsAt);

/// <summary>
/// The grantee's side: the people who share with me, only while the grant is live and two-step sign-in is on.
/// </summary>
public sealed class ListMyPatientsHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<SharedPatientResponse>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var ids = me.SharedWithMe.Keys.ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        var live = db.CareGrants.Live(time.GetUtcNow());
        var rows = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                EndsAt = live.Where(g => g.PatientId == u.Id && g.GranteeId == me.UserId).Min(g => g.ExpiresAt),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .Select(r => new SharedPatientResponse(r.Id, r.DisplayName, AccessScopes.ToNames(me.SharedWithMe[r.Id]), r.EndsAt))
            .ToArray();
    }
}
