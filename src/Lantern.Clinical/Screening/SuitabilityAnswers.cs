using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Screening;

/// <summary>
/// Answers to the ketamine suitability questionnaire. Every history question must be answered (Yes, No or Not sure);
/// questionnaires, medicines and a recent blood-pressure reading are optional.
/// </summary>
public sealed record SuitabilityAnswers
{
    public required int AgeYears { get; init; }

    public required HistoryAnswer Pregnant { get; init; }

    public required HistoryAnswer BreastFeeding { get; init; }

    public required HistoryAnswer PsychosisHistory { get; init; }

    public required HistoryAnswer ManiaHistory { get; init; }

    public required HistoryAnswer SubstanceUseDisorder { get; init; }

    /// <summary>Aneurysmal vascular disease (brain, chest or abdominal aorta, limb arteries) or an arteriovenous malformation.</summary>
    public required HistoryAnswer AneurysmOrArteriovenousMalformation { get; init; }

    public required HistoryAnswer IntracerebralHaemorrhage { get; init; }

    public required HistoryAnswer UncontrolledBloodPressureOrHeartDisease { get; init; }

    public required HistoryAnswer KetamineAllergy { get; init; }

    public required SupportAtHome SupportAtHome { get; init; }

    /// <summary>Benzodiazepines or z-drugs taken now; empty if none.</summary>
    public IReadOnlyList<BenzodiazepineDose> Benzodiazepines { get; init; } = [];

    /// <summary>Equivalence table for <see cref="Benzodiazepines"/>; null means Ashton, with NHS Scotland for z-drugs.</summary>
    public BenzodiazepineTable? BenzodiazepineTable { get; init; }

    public IReadOnlyList<int>? Phq9Answers { get; init; }

    public IReadOnlyList<int>? Gad7Answers { get; init; }

    /// <summary>A recent reading, if the person has one. Give both numbers or neither.</summary>
    public int? RecentSystolic { get; init; }

    public int? RecentDiastolic { get; init; }
}
