namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>One medicine, for its owner or someone the patient shares their taper with.</summary>
public sealed class GetMedicationHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<MedicationResponse> HandleAsync(Guid id, CancellationToken ct) =>
        MedicationResponse.From(await access.FindAsync(db.Medications().AsNoTracking(), id, AccessScope.Taper, ct));

    /// <summary>For the edit form: only the owner; anyone else's is the same 404 as a missing one.</summary>
    public async Task<MedicationResponse> HandleOwnedAsync(Guid id, CancellationToken ct) =>
        MedicationResponse.From(await access.FindOwnedAsync(db.Medications().AsNoTracking(), id, ct));

    /// <summary>The caller's own medicine, or null when it is not theirs or is gone (a form then starts empty).</summary>
    public async Task<MedicationResponse?> FindOwnedAsync(Guid id, CancellationToken ct) =>
        await access.FindOwnedOrDefaultAsync(db.Medications().AsNoTracking(), id, ct) is { } medication ? MedicationResponse.From(medication) : null;
}
