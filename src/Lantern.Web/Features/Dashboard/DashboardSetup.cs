namespace Lantern.Web.Features.Dashboard;

/// <summary>The Dashboard feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class DashboardSetup
{
    /// <summary>Registers the Dashboard feature's handlers and services.</summary>
    public static IServiceCollection AddDashboardFeature(this IServiceCollection services) =>
        services.AddScoped<GetDashboardHandler>();
}
