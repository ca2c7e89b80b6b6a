using Lantern.Clinical.Instruments;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.Tools;

public sealed record QuestionnaireAnswers(IReadOnlyList<int>? Answers, int? CutPoint = null);

/// <summary>The ASQ acuity question after a PHQ-9 item 9 of 1 or more; answer it at <see cref="AnswerEndpoint"/>.</summary>
public sealed record RightNowQuestion(string Question, string WhyWeAsk, string AnswerEndpoint, IReadOnlyList<SourceResponse> Sources)
{
    public static RightNowQuestion Asked { get; } = new(SuicideRiskFollowUp.Question, SuicideRiskFollowUp.WhyWeAsk,
        "/api/v1/calculators/phq9/thoughts-right-now", SourceResponse.From(SuicideRiskFollowUp.Sources));
}

/// <param name="ThoughtsRightNow">The answer to "Are you having thoughts of killing yourself right now?"</param>
public sealed record RightNowAnswer(bool? ThoughtsRightNow);

/// <param name="Crisis">The crisis route whenever a red flag was raised (item 9 of 1 or more), for the caller's country when signed in.</param>
/// <param name="RightNow">The ASQ acuity question to answer next, after item 9 of 1 or more.</param>
public sealed record Phq9Response(int Total, string Severity, string SeverityLabel, bool AtOrAboveScreeningCutOff,
    IReadOnlyList<FlagResponse> Flags, IReadOnlyList<SourceResponse> Sources, CrisisRouteResponse? Crisis, RightNowQuestion? RightNow);

public sealed record Gad7Response(int Total, string Severity, string SeverityLabel, IReadOnlyList<SourceResponse> Sources);

public sealed record Pcl5Response(int Total, Pcl5ClusterScores Clusters, int CutPoint, bool PositiveScreen, bool Dsm5RuleMet,
    string Notice, IReadOnlyList<SourceResponse> Sources);

/// <summary>Scores the validated questionnaires with Lantern.Clinical; nothing is stored.</summary>
public static class ScoreQuestionnaire
{
    public static Phq9Response Phq9(QuestionnaireAnswers request, ICrisisPlace place)
    {
        var result = Clinical.Instruments.Phq9.Score(request.Answers);
        return new Phq9Response(result.Total, result.SeverityCode, result.SeverityLabel, result.AtOrAboveScreeningCutOff,
            FlagResponse.From(result.Flags), SourceResponse.From(result.Sources), SafetyResponse.From(result.Flags, [], place).Crisis,
            SuicideRiskFollowUp.IsAskedAfter(result) ? RightNowQuestion.Asked : null);
    }

    /// <summary>The answer to the acuity question: the emergency route for yes, contact your provider today for no. Nothing is stored.</summary>
    public static SafetyResponse AnswerRightNow(RightNowAnswer request, ICrisisPlace place) =>
        request.ThoughtsRightNow is { } yes
            ? SafetyResponse.From([SuicideRiskFollowUp.FlagFor(yes)], [], place)
            : throw new Platform.Problems.ValidationFailedException("thoughtsRightNow", "Please answer yes or no.");

    public static Gad7Response Gad7(QuestionnaireAnswers request)
    {
        var result = Clinical.Instruments.Gad7.Score(request.Answers);
        return new Gad7Response(result.Total, result.SeverityCode, result.SeverityLabel, SourceResponse.From(result.Sources));
    }

    public static Pcl5Response Pcl5(QuestionnaireAnswers request)
    {
        var result = request.CutPoint is { } cutPoint
            ? Clinical.Instruments.Pcl5.Score(request.Answers, cutPoint)
            : Clinical.Instruments.Pcl5.Score(request.Answers);
        return new Pcl5Response(result.Total, result.Clusters, result.CutPoint, result.PositiveScreen, result.Dsm5RuleMet,
            result.Notice, SourceResponse.From(result.Sources));
    }
}
