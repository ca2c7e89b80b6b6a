using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.CareTeam;

/// <summary>The CareTeam feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class CareTeamSetup
{
    /// <summary>Registers the CareTeam feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddCareTeamFeature(this IServiceCollection services)
    {
        services.AddScoped<AlertNotificationDispatcher>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<AlertNotificationWorker>();
        services.AddScoped<IDemoData, CareTeamDemoData>();
        return services;
    }
}
