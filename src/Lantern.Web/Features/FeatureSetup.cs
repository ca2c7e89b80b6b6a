using Lantern.Web.Features.Account;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CareTeam;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.ClinicChecklists;
using Lantern.Web.Features.Dashboard;
using Lantern.Web.Features.Guide;
using Lantern.Web.Features.MyData;
using Lantern.Web.Features.Onboarding;
using Lantern.Web.Features.Pain;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Features.Taper;
using Lantern.Web.Features.Tools;
using Lantern.Web.Features.WarningSigns;

namespace Lantern.Web.Features;

/// <summary>
/// The one place features are wired in, in one style: each feature with services has <c>&lt;Feature&gt;Setup.Add&lt;Feature&gt;Feature</c>
/// (its handlers, its demo data, its options) and each feature with an API has <c>&lt;Feature&gt;Endpoints.Map&lt;Feature&gt;Endpoints</c>,
/// mapped under /api/v1. Pages need no wiring: Razor Pages finds them under Features/.
/// </summary>
public static class FeatureSetup
{
    public static IServiceCollection AddLanternFeatures(this IServiceCollection services) => services
        .AddAccountFeature()
        .AddAlertsFeature()
        .AddCareTeamFeature()
        .AddCheckInsFeature()
        .AddClinicChecklistsFeature()
        .AddDashboardFeature()
        .AddGuideFeature()
        .AddMyDataFeature()
        .AddOnboardingFeature()
        .AddPainFeature()
        .AddQuestionnairesFeature()
        .AddSessionsFeature()
        .AddTaperFeature()
        .AddWarningSignsFeature();

    public static WebApplication MapLanternFeatures(this WebApplication app)
    {
        var api = app.MapApiGroup();
        api.MapAccountEndpoints();
        api.MapAlertsEndpoints();
        api.MapCareTeamEndpoints();
        api.MapCheckInsEndpoints();
        api.MapClinicChecklistsEndpoints();
        api.MapDashboardEndpoints();
        api.MapMyDataEndpoints();
        api.MapOnboardingEndpoints();
        api.MapPainEndpoints();
        api.MapQuestionnairesEndpoints();
        api.MapSessionsEndpoints();
        api.MapTaperEndpoints();
        api.MapToolsEndpoints();
        api.MapWarningSignsEndpoints();
        return app;
    }
}
