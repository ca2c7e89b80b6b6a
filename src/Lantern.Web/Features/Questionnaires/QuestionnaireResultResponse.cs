
namespace Lantern.Web.Features.Questionnaires;

[SharedWithOtherFeatures]
public sealed record BandResponse(string Code, string Label, string Range, string Meaning);

/// <summary>When a scheduled questionnaire is next due, in the patient's local dates.</summary>
[SharedWithOtherFeatures]
public sealed record DueResponse(string Instrument, string Name, DateOnly? LastCompleted, DateOnly NextDue, bool IsDue);

/// <summary>
/// A stored questionnaire response with its score and what the band means. On the answer to a submission it also
/// carries the alerts raised, the crisis route (whenever a red flag was raised), when the instrument is next due and,
/// after a PHQ-9 item 9 of 1 or more, the ASQ acuity question to answer next.
/// </summary>
public sealed record QuestionnaireResultResponse(
    Guid Id,
    string Instrument,
    string Name,
    DateOnly Date,
    DateTimeOffset CompletedAt,
    IReadOnlyList<int> Answers,
    int Total,
    int MaxTotal,
    BandResponse Severity,
    IReadOnlyList<FlagResponse> Flags,
    bool FromOnboarding,
    IReadOnlyList<SourceResponse> Sources,
    IReadOnlyList<Guid>? AlertIds = null,
    CrisisRouteResponse? Crisis = null,
    DueResponse? NextDue = null,
    RightNowQuestionResponse? RightNow = null)
{
    public static QuestionnaireResultResponse From(QuestionnaireResponse stored)
    {
        var definition = InstrumentCatalog.Require(stored.Instrument);
        var scored = InstrumentCatalog.Score(definition, stored.AnswerList());
        return new QuestionnaireResultResponse(
            stored.Id,
            definition.Code,
            definition.Name,
            stored.Day,
            stored.CompletedAt,
            stored.AnswerList(),
            stored.Total,
            definition.MaxTotal,
            new BandResponse(scored.Band.Code, scored.Band.Label, scored.Band.Range, scored.Meaning),
            FlagResponse.From(scored.Flags),
            stored.FromOnboarding,
            scored.Sources.Select(SourceResponse.From).ToArray());
    }
}
