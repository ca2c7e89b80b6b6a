using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.CheckIns;

/// <summary>The CheckIns feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class CheckInsSetup
{
    /// <summary>Registers the CheckIns feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddCheckInsFeature(this IServiceCollection services)
    {
        services.AddScoped<IDemoData, CheckInsDemoData>();
        return services;
    }
}
