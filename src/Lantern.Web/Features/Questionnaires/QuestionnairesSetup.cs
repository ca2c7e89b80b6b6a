using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>The Questionnaires feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class QuestionnairesSetup
{
    /// <summary>Registers the Questionnaires feature's services other than its handlers, which <see cref="FeatureSetup"/> adds.</summary>
    public static IServiceCollection AddQuestionnairesFeature(this IServiceCollection services)
    {
        services.AddScoped<IDemoData, QuestionnairesDemoData>();
        return services;
    }
}
