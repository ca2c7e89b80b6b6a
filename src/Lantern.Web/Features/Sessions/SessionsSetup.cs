using Lantern.Web.Features.Sessions.After;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Features.Sessions.Day;
using Lantern.Web.Features.Sessions.LookBack;
using Lantern.Web.Features.Sessions.Prepare;
using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Sessions;

/// <summary>The Sessions feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class SessionsSetup
{
    /// <summary>Registers the Sessions feature's handlers and services.</summary>
    public static IServiceCollection AddSessionsFeature(this IServiceCollection services)
    {
        services.AddScoped<SessionReader>();
        services.AddScoped<GetCourseHandler>();
        services.AddScoped<ListCoursesHandler>();
        services.AddScoped<CreateCourseHandler>();
        services.AddScoped<UpdateCourseHandler>();
        services.AddScoped<DeleteCourseHandler>();
        services.AddScoped<AddCourseSessionHandler>();
        services.AddScoped<ExportCourseCalendarHandler>();
        services.AddScoped<GetSessionHandler>();
        services.AddScoped<PlanSessionHandler>();
        services.AddScoped<StartSessionHandler>();
        services.AddScoped<FinishSessionHandler>();
        services.AddScoped<CancelSessionHandler>();
        services.AddScoped<UpdateSessionRoute>();
        services.AddScoped<RecordVitalsHandler>();
        services.AddScoped<RecordSupportCheckHandler>();
        services.AddScoped<RecordSideEffectsHandler>();
        services.AddScoped<SaveIntegrationJournalHandler>();
        services.AddScoped<GetSessionTimelineHandler>();
        services.AddScoped<ListSupportingSessionsHandler>();
        services.AddScoped<ListSupportPeopleHandler>();
        services.AddScoped<Platform.Sessions.ISessionHold, DosingDayHold>();
        services.AddScoped<IDemoData, SessionsDemoData>();
        return services;
    }
}
