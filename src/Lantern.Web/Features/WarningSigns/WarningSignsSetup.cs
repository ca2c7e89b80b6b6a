namespace Lantern.Web.Features.WarningSigns;

/// <summary>The WarningSigns feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class WarningSignsSetup
{
    /// <summary>Registers the WarningSigns feature's handlers and services.</summary>
    public static IServiceCollection AddWarningSignsFeature(this IServiceCollection services) =>
        services.AddScoped<CheckWarningSignsHandler>();
}
