using Lantern.Web.Platform.Push;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>
/// One device that gets a person's notifications, as they see it: its name and when it was added and last sent to.
/// The endpoint and keys never leave the server: they are only for sending.
/// </summary>
public sealed record PushDeviceResponse(Guid Id, string DeviceName, DateTimeOffset AddedAt, DateTimeOffset? LastSentAt)
{
    public static PushDeviceResponse From(PushSubscription device) => new(device.Id, device.DeviceName, device.CreatedAt, device.LastSentAt);
}
