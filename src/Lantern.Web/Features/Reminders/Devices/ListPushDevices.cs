using Lantern.Web.Platform.Push;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>The signed-in person's devices that get notifications, the most recently added first.</summary>
public sealed class ListPushDevicesHandler(LanternDbContext db, ICurrentUser currentUser)
{
    public async Task<IReadOnlyList<PushDeviceResponse>> HandleAsync(CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        var devices = await db.Set<PushSubscription>().AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(ct);
        return devices.Select(PushDeviceResponse.From).ToArray();
    }
}
