namespace Lantern.Web.Features.Pain;

/// <summary>
/// A patient's opioid log, newest first: the caller's own, or (with <c>patientId</c>) a patient who shares their
/// taper scope with the caller, which is audited. Not shared looks exactly like not existing.
/// </summary>
public sealed class ListOpioidDosesHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<OpioidDoseResponse>> HandleAsync(Guid? patientId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var entries = await (await access.ForPatientAsync(db.OpioidDoses().AsNoTracking(), patientId ?? me.UserId, AccessScope.Taper, ct))
            .ToListAsync(ct);
        return [.. entries
            .OrderByDescending(e => e.StartDate)
            .ThenBy(e => e.Opioid, StringComparer.Ordinal)
            .ThenBy(e => e.Id)
            .Select(OpioidDoseResponse.FromEntry)];
    }
}
