using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>Changes a medicine the caller owns; anyone else's looks missing (404).</summary>
public sealed class UpdateMedicationHandler(LanternDbContext db, HealthDataAccess access, CurrentPerson person, TimeProvider time)
{
    public async Task<MedicationResponse> HandleAsync(Guid id, MedicationInput input, CancellationToken ct)
    {
        var medication = await access.FindOwnedAsync(db.Medications(), id, ct);
        var me = await person.GetAsync(ct);
        FieldErrors.Check(input.Validate(me.Today));

        medication.Drug = DrugCatalogue.Find(input.Drug)!.Name;
        medication.DailyDoseMg = input.DoseMg!.Value;
        medication.Formulation = AddMedicationHandler.Normalise(input.Formulation);
        medication.CompoundedStrengthMg = input.CompoundedStrengthMg;
        medication.TakingSince = input.TakingSince;
        medication.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return MedicationResponse.From(medication);
    }
}
