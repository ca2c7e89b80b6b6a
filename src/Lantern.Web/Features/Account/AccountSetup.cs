namespace Lantern.Web.Features.Account;

/// <summary>The Account feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class AccountSetup
{
    /// <summary>Registers the Account feature's handlers and services.</summary>
    public static IServiceCollection AddAccountFeature(this IServiceCollection services)
    {
        services.AddScoped<AccountLinks>();
        services.AddScoped<SignUpHandler>();
        services.AddScoped<ConfirmEmailHandler>();
        services.AddScoped<SignInAttempts>();
        services.AddScoped<SignInWithPasswordHandler>();
        services.AddScoped<SignInWithSecondFactorHandler>();
        services.AddScoped<SignInWithPasswordAndCodeHandler>();
        services.AddScoped<SignOutHandler>();
        services.AddScoped<ForgotPasswordHandler>();
        services.AddSingleton<PasswordResetQueue>();
        services.AddHostedService<PasswordResetSender>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<TwoFactorHandler>();
        services.AddScoped<ActiveSessionsHandler>();
        return services;
    }
}
