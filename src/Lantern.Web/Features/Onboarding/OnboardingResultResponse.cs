using Lantern.Clinical.Screening;
using Lantern.Web.Features.Questionnaires;

namespace Lantern.Web.Features.Onboarding;

public sealed record ReasonResponse(string Code, string Text, string Effect, IReadOnlyList<SourceResponse> Sources)
{
    public static ReasonResponse From(ScreeningReason reason) =>
        new(reason.Code, reason.Text, reason.EffectCode, reason.Sources.Select(SourceResponse.From).ToArray());
}

public sealed record BaselineResponse(Guid Id, string Instrument, int Total, int MaxTotal, BandResponse Severity);

/// <summary>
/// The screening outcome in plain words with every reason and its source, the baseline scores, and — when a red flag
/// fired — the flags and the crisis route, which the page shows before anything else; after a baseline PHQ-9 item 9
/// of 1 or more, the ASQ acuity question to answer next (<see cref="RightNow"/>).
/// </summary>
public sealed record OnboardingResultResponse(
    Guid Id,
    DateOnly Date,
    DateTimeOffset CompletedAt,
    string Outcome,
    string Summary,
    string ProviderDecides,
    IReadOnlyList<ReasonResponse> Reasons,
    BaselineResponse? Phq9,
    BaselineResponse? Gad7,
    string QuestionsToAskLink,
    SafetyResponse Safety,
    RightNowQuestionResponse? RightNow)
{
    /// <summary>"Questions to ask a clinic": the guide article for now; a later feature may give it its own page.</summary>
    public const string QuestionsLink = "/guide/questions-to-ask-a-provider";

    public static OnboardingResultResponse From(ScreeningRecord record, SuitabilityResult result, SafetyResponse safety) => new(
        record.Id,
        record.Day,
        record.CompletedAt,
        result.OutcomeCode,
        result.Summary,
        result.ProviderDecides,
        result.Reasons.Select(ReasonResponse.From).ToArray(),
        Baseline(record.Phq9ResponseId, "phq9", result.Phq9?.Total),
        Baseline(record.Gad7ResponseId, "gad7", result.Gad7?.Total),
        QuestionsLink,
        safety,
        record.Phq9ResponseId is { } phq9Id ? RightNowQuestionResponse.For(phq9Id, result.Phq9) : null);

    private static BaselineResponse? Baseline(Guid? id, string code, int? total)
    {
        if (id is null || total is null)
        {
            return null;
        }

        var definition = InstrumentCatalog.Require(code);
        var band = InstrumentCatalog.BandOf(code, total.Value);
        return new BaselineResponse(id.Value, code, total.Value, definition.MaxTotal, new BandResponse(band.Code, band.Label, band.Range, string.Empty));
    }
}
