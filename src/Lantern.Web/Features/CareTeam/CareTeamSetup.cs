using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.CareTeam;

/// <summary>The CareTeam feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class CareTeamSetup
{
    /// <summary>Registers the CareTeam feature's handlers and services.</summary>
    public static IServiceCollection AddCareTeamFeature(this IServiceCollection services)
    {
        services.AddScoped<InviteToCareTeamHandler>();
        services.AddScoped<AcceptInvitationHandler>();
        services.AddScoped<ListMyGrantsHandler>();
        services.AddScoped<ListPendingInvitationsHandler>();
        services.AddScoped<UpdateGrantHandler>();
        services.AddScoped<RevokeGrantHandler>();
        services.AddScoped<CancelInvitationHandler>();
        services.AddScoped<ListMyPatientsHandler>();
        services.AddScoped<OpenSharedPatientHandler>();
        services.AddScoped<ListTherapistNotesHandler>();
        services.AddScoped<AddTherapistNoteHandler>();
        services.AddScoped<WhoSawMyDataHandler>();
        services.AddScoped<AlertNotificationDispatcher>();
        services.AddScoped<CaseloadHandler>();
        services.AddScoped<PatientSummaryHandler>();
        services.AddSingleton(InstanceIdentity.Create());
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<AlertNotificationWorker>();
        services.AddScoped<IDemoData, CareTeamDemoData>();
        return services;
    }
}
