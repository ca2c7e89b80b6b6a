using Lantern.Web.Platform.Push;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>
/// Stops notifications to one of the signed-in person's devices. Someone else's device, or one already gone, is not
/// found (404), the same answer either way.
/// </summary>
public sealed class RemovePushDeviceHandler(LanternDbContext db, ICurrentUser currentUser)
{
    public async Task HandleAsync(Guid deviceId, CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        var removed = await db.Set<PushSubscription>().Where(s => s.Id == deviceId && s.UserId == userId).ExecuteDeleteAsync(ct);
        if (removed == 0)
        {
            throw new RecordNotFoundException();
        }
    }
}
