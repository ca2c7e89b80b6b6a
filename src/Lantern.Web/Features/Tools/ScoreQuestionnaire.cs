using Lantern.Clinical.Instruments;

namespace Lantern.Web.Features.Tools;

public sealed record QuestionnaireAnswers(IReadOnlyList<int>? Answers, int? CutPoint = null);

public sealed record Phq9Response(int Total, string Severity, string SeverityLabel, bool AtOrAboveScreeningCutOff,
    IReadOnlyList<FlagResponse> Flags, IReadOnlyList<SourceResponse> Sources);

public sealed record Gad7Response(int Total, string Severity, string SeverityLabel, IReadOnlyList<SourceResponse> Sources);

public sealed record Pcl5Response(int Total, Pcl5ClusterScores Clusters, int CutPoint, bool PositiveScreen, bool Dsm5RuleMet,
    string Notice, IReadOnlyList<SourceResponse> Sources);

/// <summary>Scores the validated questionnaires with Lantern.Clinical; nothing is stored.</summary>
public static class ScoreQuestionnaire
{
    public static Phq9Response Phq9(QuestionnaireAnswers request)
    {
        var result = Clinical.Instruments.Phq9.Score(request.Answers);
        return new Phq9Response(result.Total, result.SeverityCode, result.SeverityLabel, result.AtOrAboveScreeningCutOff,
            FlagResponse.From(result.Flags), SourceResponse.From(result.Sources));
    }

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
