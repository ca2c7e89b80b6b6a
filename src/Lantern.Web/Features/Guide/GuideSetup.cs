using Lantern.Web.Platform.Hosting;

namespace Lantern.Web.Features.Guide;

/// <summary>The Guide feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class GuideSetup
{
    /// <summary>The guide needs no database: its catalogue and search index are built once and shared.</summary>
    public static IServiceCollection AddGuideFeature(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var catalogue = GuideCatalogue.Load(GuideContentFiles.ReadAll());
            GuideLog.Loaded(provider.GetRequiredService<ILogger<GuideCatalogue>>(), catalogue.Articles.Count, catalogue.Faq.Headed.Count);
            return catalogue;
        });
        services.AddSingleton<SearchGuide>();
        services.AddSingleton<IWarmUp, GuideWarmUp>();
        return services;
    }

    /// <summary>
    /// Builds the catalogue and search index before the first request (alongside the database's preparation), so
    /// broken content stops start-up instead of the first visitor's request, and that first request is as fast as the rest.
    /// </summary>
    private sealed class GuideWarmUp(IServiceProvider services) : IWarmUp
    {
        public Task WarmUpAsync(CancellationToken ct)
        {
            services.GetRequiredService<SearchGuide>(); // builds the catalogue too
            return Task.CompletedTask;
        }
    }
}
