using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Alerts;

/// <summary>The Alerts feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class AlertsSetup
{
    /// <summary>Registers the Alerts feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddAlertsFeature(this IServiceCollection services)
    {
        services.AddScoped<AlertRaiser>();
        services.AddScoped<IDemoData, AlertsDemoData>();
        return services;
    }
}
