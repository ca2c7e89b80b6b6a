namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// The patient removes one of their tags. It comes off every check-in that carried it too, so a tag they no longer
/// want kept is gone everywhere, not only from the list.
/// </summary>
public sealed class RemoveCheckInTagHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var tag = await access.FindOwnedAsync(db.Set<CheckInTag>(), id, ct);
        var me = await access.GetContextAsync(ct);
        await CheckInTagRules.RewriteCheckInsAsync(db, me, tag.Name, null, ct);
        db.Set<CheckInTag>().Remove(tag);
        await db.SaveChangesAsync(ct);
    }
}
