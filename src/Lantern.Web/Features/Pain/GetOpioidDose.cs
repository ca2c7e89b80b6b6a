namespace Lantern.Web.Features.Pain;

/// <summary>One logged opioid, for its owner or someone the patient shares their taper scope with (audited).</summary>
public sealed class GetOpioidDoseHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<OpioidDoseResponse> HandleAsync(Guid id, CancellationToken ct) =>
        OpioidDoseResponse.FromEntry(await access.FindAsync(db.OpioidDoses().AsNoTracking(), id, AccessScope.Taper, ct));

    /// <summary>For the edit page: only the owner; anyone else's is the same 404 as a missing one.</summary>
    public async Task<OpioidDoseResponse> HandleOwnedAsync(Guid id, CancellationToken ct) =>
        OpioidDoseResponse.FromEntry(await access.FindOwnedAsync(db.OpioidDoses().AsNoTracking(), id, ct));
}
