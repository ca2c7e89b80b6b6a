namespace Lantern.Web.Features.CareTeam;

public sealed record GrantResponse(Guid Id, Guid GranteeId, string GranteeName, string GranteeRole, IReadOnlyList<string> Scopes,
    DateTimeOffset SharedSince, DateTimeOffset? EndsAt, bool GranteeHasTwoFactor);

/// <summary>The patient's side: who can see what of mine right now (live grants only), by name.</summary>
public sealed class ListMyGrantsHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<GrantResponse>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var grants = await db.CareGrants.AsNoTracking().Live(time.GetUtcNow())
            .Where(g => g.PatientId == me.UserId)
            .Join(db.Users, g => g.GranteeId, u => u.Id, (g, u) => new { Grant = g, u.DisplayName, u.Role, u.TwoFactorEnabled })
            .ToListAsync(ct);
        return grants.OrderBy(g => g.DisplayName, StringComparer.CurrentCulture)
            .Select(g => new GrantResponse(g.Grant.Id, g.Grant.GranteeId, g.DisplayName, g.Role.ToString().ToLowerInvariant(),
                AccessScopes.ToNames(g.Grant.Scopes), g.Grant.CreatedAt, g.Grant.ExpiresAt, g.TwoFactorEnabled))
            .ToArray();
    }
}
