using Lantern.Web.Features.Sessions.Day;
using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Sessions;

/// <summary>The Sessions feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class SessionsSetup
{
    /// <summary>Registers the Sessions feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddSessionsFeature(this IServiceCollection services)
    {
        services.AddScoped<SessionReader>();
        services.AddScoped<UpdateSessionRoute>();
        services.AddScoped<Platform.Sessions.ISessionHold, DosingDayHold>();
        services.AddScoped<IDemoData, SessionsDemoData>();
        return services;
    }
}
