using Lantern.Web.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Push;

/// <summary>Web Push: the stored VAPID key pair, the sender features call (<see cref="IPushSender"/>), its options.</summary>
public static class PushSetup
{
    public static IServiceCollection AddLanternPush(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PushOptions>().Bind(configuration.GetSection(PushOptions.Section)).ValidateDataAnnotations()
            .Validate(o => PushOptions.IsValidSubject(o.Subject), "Push:Subject must be a mailto: or https: address.")
            .ValidateOnStart();
        services.AddSingleton<VapidKeyStore>();
        services.AddSingleton<IDatabaseWarmUp>(sp => sp.GetRequiredService<VapidKeyStore>());
        services.TryAddSingleton<IPushSender, WebPushSender>();
        services.AddHttpClient(WebPushSender.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<PushOptions>>().Value.RequestTimeoutSeconds))
            // A push service answers itself; following a redirect would let an endpoint send the server somewhere else.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The framework's request logging writes each URL, and an endpoint is a device's private address.
            .RemoveAllLoggers();
        return services;
    }
}
