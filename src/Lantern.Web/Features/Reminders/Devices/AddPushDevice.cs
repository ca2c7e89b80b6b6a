using Lantern.Web.Platform.Push;
using Lantern.Web.Platform.Sessions;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>The keys a browser's PushSubscription gives (<c>subscription.toJSON().keys</c>), base64url.</summary>
public sealed record PushKeysRequest(string? P256dh, string? Auth);

/// <summary>A browser's push subscription as <c>subscription.toJSON()</c> gives it, and a name the person may choose.</summary>
public sealed record AddPushDeviceRequest(string? Endpoint, PushKeysRequest? Keys, string? DeviceName);

/// <summary>The device as now stored; <see cref="Created"/> is false when the same subscription was already there.</summary>
public sealed record AddedPushDevice(PushDeviceResponse Device, bool Created);

/// <summary>
/// Keeps a device's push subscription for the signed-in person. The endpoint identifies the device's subscription, so
/// it is kept once: the same person posting it again updates it (new keys, a new name), and a subscription stored for
/// someone else now belongs to whoever subscribed last, because a browser signed in to another account subscribes
/// afresh and the push service then delivers only to the newest owner's pages. The earlier row is removed, not moved,
/// so its id means nothing to the new owner.
/// </summary>
public sealed class AddPushDeviceHandler(
    LanternDbContext db,
    ICurrentUser currentUser,
    IHttpContextAccessor http,
    IOptions<PushOptions> options,
    TimeProvider time)
{
    public const int MaxDeviceNameLength = 100;

    public async Task<AddedPushDevice> HandleAsync(AddPushDeviceRequest request, CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        var settings = options.Value;
        var errors = new FieldErrors();
        if (PushSubscriptionRules.EndpointProblem(request.Endpoint, settings.AllowLoopbackHttpEndpoints) is { } endpointProblem)
        {
            errors.Add("endpoint", endpointProblem);
        }

        if (PushSubscriptionRules.ReadP256dh(request.Keys?.P256dh) is null)
        {
            errors.Add("keys.p256dh", PushSubscriptionRules.P256dhMessage);
        }

        if (PushSubscriptionRules.ReadAuth(request.Keys?.Auth) is null)
        {
            errors.Add("keys.auth", PushSubscriptionRules.AuthMessage);
        }

        var chosenName = request.DeviceName?.Trim();
        if (chosenName is { Length: > MaxDeviceNameLength })
        {
            errors.Add("deviceName", $"Use at most {MaxDeviceNameLength} characters for the device's name.");
        }

        errors.ThrowIfAny();
        var endpoint = request.Endpoint!;
        var p256dh = request.Keys!.P256dh!.TrimEnd('=');
        var auth = request.Keys.Auth!.TrimEnd('=');
        var name = string.IsNullOrEmpty(chosenName) ? ClientDescriber.Describe(http.HttpContext?.Request.Headers.UserAgent) : chosenName;

        var stored = await db.Set<PushSubscription>().SingleOrDefaultAsync(s => s.Endpoint == endpoint, ct);
        if (stored is not null && stored.UserId == userId)
        {
            // The same device again: keep its id, take the keys the browser has now and any new name.
            var entry = db.Entry(stored);
            entry.Property(s => s.P256dh).CurrentValue = p256dh;
            entry.Property(s => s.Auth).CurrentValue = auth;
            if (!string.IsNullOrEmpty(chosenName) || stored.P256dh != p256dh)
            {
                stored.DeviceName = name;
            }

            await SaveAsync(ct);
            return new AddedPushDevice(PushDeviceResponse.From(stored), Created: false);
        }

        if (await db.Set<PushSubscription>().CountAsync(s => s.UserId == userId, ct) >= settings.MaxDevicesPerPerson)
        {
            errors.Add("endpoint", $"Up to {settings.MaxDevicesPerPerson} devices can get your notifications. Remove one you no longer use first.");
            errors.ThrowIfAny();
        }

        if (stored is not null)
        {
            db.Remove(stored);
        }

        var device = new PushSubscription
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Endpoint = endpoint,
            P256dh = p256dh,
            Auth = auth,
            DeviceName = name,
            CreatedAt = time.GetUtcNow(),
        };
        db.Add(device);
        await SaveAsync(ct);
        return new AddedPushDevice(PushDeviceResponse.From(device), Created: true);
    }

    private Task SaveAsync(CancellationToken ct) => db.SaveChangesOrConflictAsync(() => new ConflictException(
        "Device changed at the same moment",
        "This device was being added at the same moment from somewhere else. Try again."), ct);
}
