namespace Lantern.Web.Features.MyData;

/// <summary>The MyData feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class MyDataSetup
{
    /// <summary>Registers the MyData feature's handlers and services.</summary>
    public static IServiceCollection AddMyDataFeature(this IServiceCollection services)
    {
        services.AddScoped<ExportCheckInsHandler>();
        services.AddScoped<ExportQuestionnairesHandler>();
        return services;
    }
}
