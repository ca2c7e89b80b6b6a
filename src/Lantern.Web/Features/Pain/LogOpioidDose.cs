namespace Lantern.Web.Features.Pain;

/// <summary>Adds an opioid to the caller's log. The server sets the owner, the id and the timestamps.</summary>
public sealed class LogOpioidDoseHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson person,
    TimeProvider time,
    ILogger<LogOpioidDoseHandler> logger)
{
    /// <summary>Keeps one person's log, and so every summary computed from it, bounded.</summary>
    public const int MaxEntries = 500;

    public async Task<OpioidDoseResponse> HandleAsync(OpioidDoseInput input, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var today = (await person.GetAsync(ct)).Today;
        var errors = new FieldErrors();
        errors.AddRange(input.Validate(today));
        if (!errors.Any && await db.OpioidDoses().OwnedBy(me).CountAsync(ct) >= MaxEntries)
        {
            errors.Add("general", $"Your log holds at most {MaxEntries} entries. Delete old ones you no longer need.");
        }

        errors.ThrowIfAny();
        var resolved = input.Resolve();
        var now = time.GetUtcNow();
        var entry = new OpioidDoseEntry
        {
            PatientId = me.UserId,
            Opioid = resolved.Opioid,
            DailyDose = resolved.Dose,
            Unit = resolved.Unit,
            StartDate = input.From!.Value,
            EndDate = input.To,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        PainLog.DoseLogged(logger, entry.Id, me.UserId);
        return OpioidDoseResponse.FromEntry(entry);
    }
}
