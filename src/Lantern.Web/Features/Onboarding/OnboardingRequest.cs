using Lantern.Clinical.Screening;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Onboarding;

public sealed record BenzodiazepineRequest(string? Drug, decimal? DailyDoseMg);

/// <summary>
/// Onboarding answers. History questions take <c>yes</c>, <c>no</c> or <c>not-sure</c>; support at home takes
/// <c>adult-present-during-doses</c>, <c>someone-reachable-not-present</c> or <c>no-one</c>. The baseline PHQ-9
/// and GAD-7 are optional: leave them out to answer them later.
/// </summary>
public sealed record OnboardingRequest(
    int? AgeYears,
    string? Pregnant,
    string? BreastFeeding,
    string? PsychosisHistory,
    string? ManiaHistory,
    string? SubstanceUseDisorder,
    string? AneurysmOrArteriovenousMalformation,
    string? IntracerebralHaemorrhage,
    string? UncontrolledBloodPressureOrHeartDisease,
    string? KetamineAllergy,
    string? SupportAtHome,
    IReadOnlyList<BenzodiazepineRequest>? Benzodiazepines,
    IReadOnlyList<int>? Phq9Answers,
    IReadOnlyList<int>? Gad7Answers,
    int? RecentSystolic,
    int? RecentDiastolic)
{
    public static IReadOnlyList<(string Code, string Label)> HistoryChoices { get; } =
        [("yes", "Yes"), ("no", "No"), ("not-sure", "Not sure")];

    public static IReadOnlyList<(string Code, string Label)> SupportChoices { get; } =
    [
        ("adult-present-during-doses", "A trusted adult will be with me, in person, during every dose"),
        ("someone-reachable-not-present", "Someone I can phone, but they won't be in the room"),
        ("no-one", "No one"),
    ];

    /// <summary>The clinical library's answers, or field errors in the API's spelling.</summary>
    public SuitabilityAnswers ToAnswers(FieldErrors errors)
    {
        var benzos = new List<BenzodiazepineDose>();
        var given = Benzodiazepines ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(given[i]?.Drug) || given[i].DailyDoseMg is null)
            {
                errors.Add($"benzodiazepines[{i}]", "Give the medicine's name and how many mg you take a day.");
                continue;
            }

            benzos.Add(new BenzodiazepineDose(given[i].Drug!.Trim(), given[i].DailyDoseMg!.Value));
        }

        if (AgeYears is null)
        {
            errors.Add("ageYears", "Enter your age in years.");
        }

        return new SuitabilityAnswers
        {
            AgeYears = AgeYears ?? 0,
            Pregnant = History(Pregnant, "pregnant", errors),
            BreastFeeding = History(BreastFeeding, "breastFeeding", errors),
            PsychosisHistory = History(PsychosisHistory, "psychosisHistory", errors),
            ManiaHistory = History(ManiaHistory, "maniaHistory", errors),
            SubstanceUseDisorder = History(SubstanceUseDisorder, "substanceUseDisorder", errors),
            AneurysmOrArteriovenousMalformation = History(AneurysmOrArteriovenousMalformation, "aneurysmOrArteriovenousMalformation", errors),
            IntracerebralHaemorrhage = History(IntracerebralHaemorrhage, "intracerebralHaemorrhage", errors),
            UncontrolledBloodPressureOrHeartDisease = History(UncontrolledBloodPressureOrHeartDisease, "uncontrolledBloodPressureOrHeartDisease", errors),
            KetamineAllergy = History(KetamineAllergy, "ketamineAllergy", errors),
            SupportAtHome = Support(SupportAtHome, errors),
            Benzodiazepines = benzos,
            Phq9Answers = Phq9Answers,
            Gad7Answers = Gad7Answers,
            RecentSystolic = RecentSystolic,
            RecentDiastolic = RecentDiastolic,
        };
    }

    private static HistoryAnswer History(string? value, string field, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "yes":
                return HistoryAnswer.Yes;
            case "no":
                return HistoryAnswer.No;
            case "not-sure":
                return HistoryAnswer.NotSure;
            default:
                errors.Add(field, "Please answer Yes, No or Not sure.");
                return HistoryAnswer.NotAnswered;
        }
    }

    private static SupportAtHome Support(string? value, FieldErrors errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "adult-present-during-doses":
                return Clinical.Screening.SupportAtHome.AdultPresentDuringDoses;
            case "someone-reachable-not-present":
                return Clinical.Screening.SupportAtHome.SomeoneReachableNotPresent;
            case "no-one":
                return Clinical.Screening.SupportAtHome.NoOne;
            default:
                errors.Add("supportAtHome", "Say who will be with you during at-home doses.");
                return Clinical.Screening.SupportAtHome.NotAnswered;
        }
    }
}
