using Lantern.Web.Features.Taper.Export;

namespace Lantern.Web.Features.Taper;

/// <summary>The Taper feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class TaperSetup
{
    /// <summary>Registers the Taper feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddTaperFeature(this IServiceCollection services)
    {
        services.AddOptions<TaperOptions>().BindConfiguration(TaperOptions.Section);
        services.AddScoped<SavedPlanReader>();
        services.AddScoped<ExportAudit>();
        return services;
    }
}
