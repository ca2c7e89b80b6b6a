namespace Lantern.Web.Features.Reminders;

/// <summary>The Reminders feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class RemindersSetup
{
    /// <summary>Registers what the Reminders feature needs besides its handlers: the scheduler and the stop links.</summary>
    public static IServiceCollection AddRemindersFeature(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ReminderDispatcher>();
        services.AddSingleton<ReminderStopLinks>();
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
