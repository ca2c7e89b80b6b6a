namespace Lantern.Web.Features.Pain;

/// <summary>Deletes an opioid from the caller's own log; anyone else's looks missing (404).</summary>
public sealed class DeleteOpioidDoseHandler(LanternDbContext db, HealthDataAccess access, ILogger<DeleteOpioidDoseHandler> logger)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var entry = await access.FindOwnedAsync(db.OpioidDoses(), id, ct);
        db.Remove(entry);
        await db.SaveChangesAsync(ct);
        PainLog.DoseDeleted(logger, id);
    }
}
