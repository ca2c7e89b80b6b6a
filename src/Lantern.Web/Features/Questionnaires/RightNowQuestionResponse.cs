using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Questionnaires;

/// <summary>
/// The ASQ acuity question, asked after a PHQ-9 whose item 9 was answered 1 or more (Lantern.Clinical's
/// SuicideRiskFollowUp). Answer it at <see cref="AnswerEndpoint"/> (API) or <see cref="AnswerPage"/> (a plain form,
/// no JavaScript needed). The PHQ-9 and its score stay as they were.
/// </summary>
[SharedWithOtherFeatures]
public sealed record RightNowQuestionResponse(
    Guid ResponseId,
    string Question,
    string WhyWeAsk,
    string AnswerEndpoint,
    string AnswerPage,
    IReadOnlyList<SourceResponse> Sources)
{
    /// <summary>The question for this PHQ-9 response, or null when its answers do not call for it.</summary>
    public static RightNowQuestionResponse? For(Guid responseId, Phq9Result? phq9) =>
        phq9 is not null && SuicideRiskFollowUp.IsAskedAfter(phq9) ? Ask(responseId) : null;

    /// <summary>The question about this response, whatever its answers (the page can always be opened: a yes is always heard).</summary>
    public static RightNowQuestionResponse Ask(Guid responseId) => new(
        responseId,
        SuicideRiskFollowUp.Question,
        SuicideRiskFollowUp.WhyWeAsk,
        $"/api/v1/questionnaires/responses/{responseId}/thoughts-right-now",
        $"/questionnaires/responses/{responseId}/right-now",
        [.. SuicideRiskFollowUp.Sources.Select(SourceResponse.From)]);

    /// <summary>The question for a stored response: only a PHQ-9 asks it.</summary>
    public static RightNowQuestionResponse? For(QuestionnaireResponse stored) =>
        For(stored.Id, stored.Instrument == Phq9.Definition.Code ? Phq9.Score(stored.AnswerList()) : null);
}
