namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// The patient removes one of their check-ins. Alerts it raised stay: a red flag that was reported is part of the
/// safety record even if the check-in is withdrawn.
/// </summary>
public sealed class DeleteCheckInHandler(LanternDbContext db, HealthDataAccess access, ILogger<DeleteCheckInHandler> logger)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var checkIn = await access.FindOwnedAsync(db.Set<CheckIn>(), id, ct);
        db.Set<CheckIn>().Remove(checkIn);
        await db.SaveChangesAsync(ct);
        CheckInsLog.CheckInDeleted(logger, id);
    }
}
