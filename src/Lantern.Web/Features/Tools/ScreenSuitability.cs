using Lantern.Clinical.Screening;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Tools;

public sealed record BenzodiazepineRequest(string? Drug, decimal? DailyDoseMg);

/// <summary>
/// The suitability questionnaire as sent by a client. Every history answer is nullable on purpose: a
/// missing answer must be refused by name, never read as "no" (a default could hide a contraindication).
/// </summary>
public sealed record ScreeningRequest(
    int? AgeYears,
    HistoryAnswer? Pregnant,
    HistoryAnswer? BreastFeeding,
    HistoryAnswer? PsychosisHistory,
    HistoryAnswer? ManiaHistory,
    HistoryAnswer? SubstanceUseDisorder,
    HistoryAnswer? AneurysmOrArteriovenousMalformation,
    HistoryAnswer? IntracerebralHaemorrhage,
    HistoryAnswer? UncontrolledBloodPressureOrHeartDisease,
    HistoryAnswer? KetamineAllergy,
    SupportAtHome? SupportAtHome,
    IReadOnlyList<BenzodiazepineRequest>? Benzodiazepines = null,
    string? BenzodiazepineTable = null,
    IReadOnlyList<int>? Phq9Answers = null,
    IReadOnlyList<int>? Gad7Answers = null,
    int? RecentSystolic = null,
    int? RecentDiastolic = null)
{
    public SuitabilityAnswers ToAnswers() => new()
    {
        AgeYears = AgeYears ?? -1,
        Pregnant = Pregnant ?? HistoryAnswer.NotAnswered,
        BreastFeeding = BreastFeeding ?? HistoryAnswer.NotAnswered,
        PsychosisHistory = PsychosisHistory ?? HistoryAnswer.NotAnswered,
        ManiaHistory = ManiaHistory ?? HistoryAnswer.NotAnswered,
        SubstanceUseDisorder = SubstanceUseDisorder ?? HistoryAnswer.NotAnswered,
        AneurysmOrArteriovenousMalformation = AneurysmOrArteriovenousMalformation ?? HistoryAnswer.NotAnswered,
        IntracerebralHaemorrhage = IntracerebralHaemorrhage ?? HistoryAnswer.NotAnswered,
        UncontrolledBloodPressureOrHeartDisease = UncontrolledBloodPressureOrHeartDisease ?? HistoryAnswer.NotAnswered,
        KetamineAllergy = KetamineAllergy ?? HistoryAnswer.NotAnswered,
        SupportAtHome = SupportAtHome ?? Clinical.Screening.SupportAtHome.NotAnswered,
        Benzodiazepines = Benzodiazepines?.Select(b => new BenzodiazepineDose(b.Drug ?? string.Empty, b.DailyDoseMg ?? 0m)).ToArray() ?? [],
        BenzodiazepineTable = BenzodiazepineTables.Parse(BenzodiazepineTable, "benzodiazepineTable"),
        Phq9Answers = Phq9Answers,
        Gad7Answers = Gad7Answers,
        RecentSystolic = RecentSystolic,
        RecentDiastolic = RecentDiastolic,
    };
}

public sealed record ScreeningReasonResponse(string Code, string Text, string Effect, SourceResponse Source, IReadOnlyList<SourceResponse> Sources);

/// <param name="Crisis">The crisis route whenever a red flag was raised, for the caller's country when signed in.</param>
public sealed record ScreeningResponse(string Outcome, string Summary, string ProviderDecides, IReadOnlyList<ScreeningReasonResponse> Reasons,
    IReadOnlyList<FlagResponse> Flags, CrisisRouteResponse? Crisis);

/// <summary>Ketamine suitability screening: an outcome, every reason with its source, and "a provider decides".</summary>
public static class ScreenSuitability
{
    public static ScreeningResponse Handle(ScreeningRequest request, ICrisisPlace place) => From(SuitabilityScreening.Evaluate(request.ToAnswers()), place);

    public static ScreeningResponse From(SuitabilityResult result, ICrisisPlace place) => new(
        result.OutcomeCode,
        result.Summary,
        result.ProviderDecides,
        result.Reasons.Select(r => new ScreeningReasonResponse(r.Code, r.Text, r.EffectCode, SourceResponse.From(r.Source), SourceResponse.From(r.Sources))).ToArray(),
        FlagResponse.From(result.Flags),
        SafetyResponse.From(result.Flags, [], place).Crisis);
}
