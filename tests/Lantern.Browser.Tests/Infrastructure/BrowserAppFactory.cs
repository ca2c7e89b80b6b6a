using System.Net;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>Lantern on real Kestrel at 127.0.0.1 on a free port, for a real browser to visit.</summary>
public sealed class BrowserAppFactory : LanternAppFactory
{
    protected override bool UseFakeClock => false;

    public string BaseUrl { get; private set; } = string.Empty;

    public new ValueTask InitializeAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return ValueTask.CompletedTask;
    }
}
