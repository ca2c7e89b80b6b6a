using Lantern.Web.Platform.Push;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>The server's VAPID public key, which a browser subscribes with (<c>applicationServerKey</c>), base64url.</summary>
public sealed record PushPublicKeyResponse(string PublicKey);

public sealed class GetPushPublicKeyHandler(VapidKeyStore keys)
{
    public async Task<PushPublicKeyResponse> HandleAsync(CancellationToken ct) => new((await keys.GetAsync(ct)).PublicKey);
}
