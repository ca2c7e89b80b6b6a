namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>Deletes a medicine the caller owns. Plans built from it stay, unlinked: they hold their own copy of the dose.</summary>
public sealed class RemoveMedicationHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var medication = await access.FindOwnedAsync(db.Medications(), id, ct);
        db.Remove(medication);
        await db.SaveChangesAsync(ct);
    }
}
