using Lantern.Web.Features.Account;
using Lantern.Web.Features.CareTeam;
using Lantern.Web.Features.ClinicChecklists;
using Lantern.Web.Features.Guide;
using Lantern.Web.Features.Pain;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Features.Tools;
using Lantern.Web.Features.Taper;
using Lantern.Web.Platform;

namespace Lantern.Web.Features;

/// <summary>Registers every feature's handlers and maps its API under /api/v1.</summary>
public static class FeatureSetup
{
    public static IServiceCollection AddLanternFeatures(this IServiceCollection services)
    {
        services.AddAccountFeature();
        services.AddCareTeamFeature();
        services.AddGuideFeature();
        services.AddClinicChecklistFeature();
        services.AddTaperFeature();
        services.AddPatientJourneyFeatures();
        services.AddPainFeature();
        services.AddSessionsFeature();
        return services;
    }

    public static WebApplication MapLanternFeatures(this WebApplication app)
    {
        var api = app.MapApiGroup();
        api.MapAccountEndpoints();
        api.MapCalculatorEndpoints();
        api.MapCareTeamEndpoints();
        api.MapClinicChecklistEndpoints();
        api.MapTaperEndpoints();
        api.MapPatientJourneyEndpoints();
        api.MapPainEndpoints();
        api.MapSessionEndpoints();
        return app;
    }
}
