namespace Lantern.Web.Features.Taper.Plans;

/// <summary>Deletes a plan the caller owns, with its events, journal days and notes (cascade).</summary>
public sealed class DeleteTaperPlanHandler(LanternDbContext db, HealthDataAccess access, ILogger<DeleteTaperPlanHandler> logger)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var plan = await access.FindOwnedAsync(db.TaperPlans(), id, ct);
        db.Remove(plan);
        await db.SaveChangesAsync(ct);
        TaperLog.PlanDeleted(logger, id);
    }
}
