using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Dashboard;
using Lantern.Web.Features.MyData;
using Lantern.Web.Features.Onboarding;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.WarningSigns;

namespace Lantern.Web.Features;

/// <summary>The patient journey (onboarding, check-ins, questionnaires, alerts, warning signs, dashboard, export) in one place.</summary>
public static class PatientJourneySetup
{
    public static IServiceCollection AddPatientJourneyFeatures(this IServiceCollection services)
    {
        services.AddAlertFeature();
        services.AddCheckInFeature();
        services.AddQuestionnaireFeature();
        services.AddWarningSignsFeature();
        services.AddOnboardingFeature();
        services.AddDashboardFeature();
        services.AddMyDataFeature();
        return services;
    }

    public static RouteGroupBuilder MapPatientJourneyEndpoints(this RouteGroupBuilder api)
    {
        api.MapCheckInEndpoints();
        api.MapQuestionnaireEndpoints();
        api.MapAlertEndpoints();
        api.MapWarningSignsEndpoints();
        api.MapOnboardingEndpoints();
        api.MapDashboardEndpoints();
        api.MapExportEndpoints();
        return api;
    }
}
