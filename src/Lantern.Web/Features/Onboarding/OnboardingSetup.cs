using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Onboarding;

/// <summary>The Onboarding feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class OnboardingSetup
{
    /// <summary>Registers the Onboarding feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddOnboardingFeature(this IServiceCollection services)
    {
        services.AddScoped<IDemoData, OnboardingDemoData>();
        return services;
    }
}
