namespace Lantern.Web.Features.Pain;

/// <summary>Changes an opioid in the caller's own log; anyone else's looks missing (404) before the input is read.</summary>
public sealed class UpdateOpioidDoseHandler(
    LanternDbContext db,
    HealthDataAccess access,
    PeopleDirectory people,
    TimeProvider time,
    ILogger<UpdateOpioidDoseHandler> logger)
{
    public async Task<OpioidDoseResponse> HandleAsync(Guid id, OpioidDoseInput input, CancellationToken ct)
    {
        var entry = await access.FindOwnedAsync(db.OpioidDoses(), id, ct);
        var today = (await people.GetAsync(entry.PatientId, ct)).Today;
        var errors = new FieldErrors();
        errors.AddRange(input.Validate(today));
        errors.ThrowIfAny();

        var resolved = input.Resolve();
        entry.Opioid = resolved.Opioid;
        entry.DailyDose = resolved.Dose;
        entry.Unit = resolved.Unit;
        entry.StartDate = input.From!.Value;
        entry.EndDate = input.To;
        entry.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        PainLog.DoseChanged(logger, entry.Id);
        return OpioidDoseResponse.FromEntry(entry);
    }
}
