using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.CheckIns;

/// <summary>The CheckIns feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class CheckInsSetup
{
    /// <summary>Registers the CheckIns feature's handlers and services.</summary>
    public static IServiceCollection AddCheckInsFeature(this IServiceCollection services)
    {
        services.AddScoped<RecordCheckInHandler>();
        services.AddScoped<UpdateCheckInHandler>();
        services.AddScoped<DeleteCheckInHandler>();
        services.AddScoped<GetCheckInHandler>();
        services.AddScoped<ListCheckInsHandler>();
        services.AddScoped<IDemoData, CheckInsDemoData>();
        return services;
    }
}
