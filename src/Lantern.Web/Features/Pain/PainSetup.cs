namespace Lantern.Web.Features.Pain;

/// <summary>The Pain feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class PainSetup
{
    /// <summary>Registers the Pain feature's handlers and services.</summary>
    public static IServiceCollection AddPainFeature(this IServiceCollection services)
    {
        services.AddScoped<ListOpioidDosesHandler>();
        services.AddScoped<GetOpioidDoseHandler>();
        services.AddScoped<LogOpioidDoseHandler>();
        services.AddScoped<UpdateOpioidDoseHandler>();
        services.AddScoped<DeleteOpioidDoseHandler>();
        services.AddScoped<GetPainSummaryHandler>();
        return services;
    }
}
