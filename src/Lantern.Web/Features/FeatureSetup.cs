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
using Lantern.Web.Features.Reminders;
using Lantern.Web.Features.Reminders.Devices;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Features.Taper;
using Lantern.Web.Features.Tools;
using Lantern.Web.Platform.Export;
using Lantern.Web.Platform.Hosting;
using Lantern.Web.Features.WarningSigns;

namespace Lantern.Web.Features;

/// <summary>
/// The one place features are wired in, in one style: every feature's use-case handlers (classes named <c>…Handler</c>)
/// are added here by name; a feature that needs more has <c>&lt;Feature&gt;Setup.Add&lt;Feature&gt;Feature</c>
/// (its demo data, its options, its workers) and each feature with an API has <c>&lt;Feature&gt;Endpoints.Map&lt;Feature&gt;Endpoints</c>,
/// mapped under /api/v1. Pages need no wiring: Razor Pages finds them under Features/.
/// </summary>
public static class FeatureSetup
{
    public static IServiceCollection AddLanternFeatures(this IServiceCollection services) => services
        .AddUseCaseHandlers(typeof(FeatureSetup).Assembly, typeof(FeatureSetup).Namespace!)
        .AddExportSources(typeof(FeatureSetup).Assembly)
        .AddAccountDeletionSteps(typeof(FeatureSetup).Assembly)
        .AddAccountFeature()
        .AddAlertsFeature()
        .AddCareTeamFeature()
        .AddCheckInsFeature()
        .AddGuideFeature()
        .AddOnboardingFeature()
        .AddQuestionnairesFeature()
        .AddRemindersFeature()
        .AddSessionsFeature()
        .AddTaperFeature();

    public static WebApplication MapLanternFeatures(this WebApplication app)
    {
        // Not under /api/v1: calendar apps subscribe to it by its own address.
        app.MapCalendarFeedEndpoints();
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
        api.MapRemindersEndpoints();
        api.MapPushDevicesEndpoints();
        api.MapSessionsEndpoints();
        api.MapTaperEndpoints();
        api.MapToolsEndpoints();
        api.MapWarningSignsEndpoints();
        return app;
    }
}
