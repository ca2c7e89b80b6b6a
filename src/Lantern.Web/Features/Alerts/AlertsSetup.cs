using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Alerts;

/// <summary>The Alerts feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class AlertsSetup
{
    /// <summary>Registers the Alerts feature's handlers and services.</summary>
    public static IServiceCollection AddAlertsFeature(this IServiceCollection services)
    {
        services.AddScoped<AlertRaiser>();
        services.AddScoped<ListAlertsHandler>();
        services.AddScoped<AcknowledgeAlertHandler>();
        services.AddScoped<SharedAlertsHandler>();
        services.AddScoped<IDemoData, AlertsDemoData>();
        return services;
    }
}
