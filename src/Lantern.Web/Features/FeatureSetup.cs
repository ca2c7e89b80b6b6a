using Lantern.Web.Features.Account;
using Lantern.Web.Features.Guide;

namespace Lantern.Web.Features;

/// <summary>Registers every feature's handlers and maps its API under /api/v1.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddLanternFeatures(this IServiceCollection services)
    {
        services.AddAccountFeature();
        services.AddGuideFeature();
        services.AddPatientJourneyFeatures();
        return services;
    }

    public static WebApplication MapLanternFeatures(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapAccountEndpoints();
        api.MapPatientJourneyEndpoints();
        return app;
    }
}
