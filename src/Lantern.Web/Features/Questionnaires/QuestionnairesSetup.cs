using Lantern.Web.Platform.Demo;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>The Questionnaires feature's services, registered from <see cref="FeatureSetup"/>.</summary>
public static class QuestionnairesSetup
{
    /// <summary>Registers the Questionnaires feature's handlers and services.</summary>
    public static IServiceCollection AddQuestionnairesFeature(this IServiceCollection services)
    {
        services.AddScoped<SubmitQuestionnaireHandler>();
        services.AddScoped<AnswerRightNowQuestionHandler>();
        services.AddScoped<GetQuestionnaireResponseHandler>();
        services.AddScoped<ListQuestionnaireResponsesHandler>();
        services.AddScoped<QuestionnaireScheduleHandler>();
        services.AddScoped<IDemoData, QuestionnairesDemoData>();
        return services;
    }
}
