namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>
/// Lists a patient's medicines: the caller's own, or (with <c>patientId</c>) a patient who shares their taper with
/// the caller, which is audited. Not shared looks exactly like not existing.
/// </summary>
public sealed class ListMedicationsHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<MedicationResponse>> HandleAsync(Guid? patientId, CancellationToken ct)
    {
        var context = await access.GetContextAsync(ct);
        var medications = await (await access.ForPatientAsync(db.Medications().AsNoTracking(), patientId ?? context.UserId, AccessScope.Taper, ct))
            .ToListAsync(ct);
        return [.. medications.OrderBy(m => m.Drug, StringComparer.Ordinal).ThenBy(m => m.CreatedAt).Select(MedicationResponse.From)];
    }
}
