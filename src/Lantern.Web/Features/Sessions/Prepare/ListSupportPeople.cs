namespace Lantern.Web.Features.Sessions.Prepare;

public sealed record SupportPersonOption(Guid UserId, string Name, string Role);

/// <summary>
/// The people a patient may name as a Lantern support person: a live grant that includes the sessions scope, to
/// someone with two-step sign-in on (without it the grant does not work, so they could not log a check).
/// </summary>
public sealed class ListSupportPeopleHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<SupportPersonOption>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return await QueryAsync(db, me.UserId, time.GetUtcNow(), ct);
    }

    internal static async Task<IReadOnlyList<SupportPersonOption>> QueryAsync(LanternDbContext db, Guid patientId, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.InForce(now, AccessScope.Sessions).AsNoTracking()
            .Where(g => g.PatientId == patientId)
            .Join(db.Users, g => g.GranteeId, u => u.Id, (g, u) => new { u.Id, u.DisplayName, u.Role })
            .ToListAsync(ct);
        return rows.DistinctBy(r => r.Id)
            .OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .Select(r => new SupportPersonOption(r.Id, r.DisplayName, r.Role.ToString().ToLowerInvariant()))
            .ToArray();
    }
}
