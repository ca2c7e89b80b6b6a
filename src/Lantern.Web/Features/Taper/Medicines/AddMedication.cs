namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>Records a medicine the caller takes. The server sets the owner, the id and the timestamps.</summary>
public sealed class AddMedicationHandler(LanternDbContext db, CurrentPerson person, TimeProvider time, ILogger<AddMedicationHandler> logger)
{
    public async Task<MedicationResponse> HandleAsync(MedicationInput input, CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        FieldErrors.Check(input.Validate(me.Today));

        var now = time.GetUtcNow();
        var medication = new Medication
        {
            PatientId = me.Id,
            Drug = Lantern.Clinical.Tapering.DrugCatalogue.Find(input.Drug)!.Name,
            DailyDoseMg = input.DoseMg!.Value,
            Formulation = Normalise(input.Formulation),
            CompoundedStrengthMg = input.CompoundedStrengthMg,
            TakingSince = input.TakingSince,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(medication);
        await db.SaveChangesAsync(ct);
        TaperLog.MedicationAdded(logger, medication.Id, me.Id);
        return MedicationResponse.From(medication);
    }

    internal static string? Normalise(string? formulation) =>
        string.IsNullOrWhiteSpace(formulation) ? null : formulation.Trim().ToLowerInvariant();
}
