namespace Lantern.Web.Features.Account;

/// <summary>The Account feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class AccountSetup
{
    /// <summary>Registers the Account feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddAccountFeature(this IServiceCollection services)
    {
        services.AddScoped<AccountLinks>();
        services.AddScoped<SignInAttempts>();
        services.AddSingleton<PasswordResetQueue>();
        services.AddHostedService<PasswordResetSender>();
        services.AddOptions<Deletion.AccountDeletionOptions>().BindConfiguration(Deletion.AccountDeletionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Deletion.AccountDeletionDispatcher>();
        services.AddHostedService<Deletion.AccountDeletionWorker>();
        return services;
    }
}
