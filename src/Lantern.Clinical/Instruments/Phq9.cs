using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Instruments;

/// <summary>
/// PHQ-9 (Kroenke 2001). Item order, wording and LOINC codes per clinical.md §3.1. Scoring is the plain sum;
/// item 9 raises a red flag whatever the total, because a low total must never hide it.
/// </summary>
[Source(nameof(Refs.Kroenke2001))]
public static class Phq9
{
    public const int ItemCount = 9;
    public const int MinAnswer = 0;
    public const int MaxAnswer = 3;

    /// <summary>Zero-based index of item 9 ("thoughts that you would be better off dead…").</summary>
    public const int SelfHarmItemIndex = 8;

    /// <summary>Source: Kroenke 2001 (clinical.md §3.1): "score of 10 or greater" screening cut-off.</summary>
    public const int ScreeningCutOff = 10;

    // Source: clinical.md §3.1, answer labels and LOINC answer codes LA6568-5 … LA6571-9.
    private static IReadOnlyList<AnswerOption> FrequencyOptions { get; } =
    [
        new(0, "Not at all", "LA6568-5"),
        new(1, "Several days", "LA6569-3"),
        new(2, "More than half the days", "LA6570-1"),
        new(3, "Nearly every day", "LA6571-9"),
    ];

    [Source(nameof(Refs.Kroenke2001))]
    [Source(nameof(Refs.Phq9Loinc))]
    [Source(nameof(Refs.PfizerPhqGadLicence))]
    public static InstrumentDefinition Definition { get; } = new(
        "phq9",
        "Patient Health Questionnaire (PHQ-9)",
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
        [
            new(1, "Little interest or pleasure in doing things", "44250-9"),
            new(2, "Feeling down, depressed, or hopeless", "44255-8"),
            new(3, "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
            new(4, "Feeling tired or having little energy", "44254-1"),
            new(5, "Poor appetite or overeating", "44251-7"),
            new(6, "Feeling bad about yourself – or that you are a failure or have let yourself or your family down", "44258-2"),
            new(7, "Trouble concentrating on things, such as reading the newspaper or watching television", "44252-5"),
            new(8, "Moving or speaking so slowly that other people could have noticed. Or the opposite – being so fidgety "
                + "or restless that you have been moving around a lot more than usual", "44253-3"),
            new(9, "Thoughts that you would be better off dead, or of hurting yourself in some way", "44260-8"),
        ],
        FrequencyOptions,
        MinTotal: 0,
        MaxTotal: 27,
        LoincPanelCode: "44249-1",
        LoincTotalCode: "44261-6",
        IsValidatedScale: true,
        "A measure of how much depression symptoms have bothered you over the last two weeks. It is not a diagnosis; "
            + "your provider interprets it with you.",
        [Refs.Kroenke2001, Refs.Phq9Loinc, Refs.PfizerPhqGadLicence]);

    /// <summary>Every problem with <paramref name="answers"/>; empty when they can be scored.</summary>
    public static IReadOnlyList<InputError> Validate(IReadOnlyList<int>? answers, string field = "answers") =>
        InputErrors.CheckAnswers(answers, ItemCount, MinAnswer, MaxAnswer, field);

    /// <summary>Scores nine answers, each 0-3, in item order.</summary>
    /// <exception cref="ClinicalInputException">Wrong count or any answer outside 0-3; names the field, e.g. <c>answers[3]</c>.</exception>
    [Source(nameof(Refs.Kroenke2001))]
    [Source(nameof(Refs.LanternSafetyPolicy))]
    public static Phq9Result Score(IReadOnlyList<int>? answers, string field = "answers")
    {
        InputErrors.ThrowIfAny(InputErrors.CheckAnswers(answers, ItemCount, MinAnswer, MaxAnswer, field));

        var total = 0;
        for (var i = 0; i < ItemCount; i++)
        {
            total += answers![i];
        }

        // Any answer other than "Not at all" on item 9 is escalated (Lantern policy; Kroenke 2001 defines no escalation).
        IReadOnlyList<RedFlag> flags = answers![SelfHarmItemIndex] >= 1 ? [RedFlags.SelfHarmThoughts] : [];

        return new Phq9Result(total, SeverityFor(total), total >= ScreeningCutOff, flags, Definition.Sources);
    }

    /// <summary>Band for a total. Source: Kroenke 2001 (clinical.md §3.1): 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.</summary>
    [Source(nameof(Refs.Kroenke2001))]
    public static Phq9Severity SeverityFor(int total) => total switch
    {
        < 0 or > 27 => throw new ClinicalInputException(new InputError("total", "A PHQ-9 total is from 0 to 27.")),
        <= 4 => Phq9Severity.Minimal,
        <= 9 => Phq9Severity.Mild,
        <= 14 => Phq9Severity.Moderate,
        <= 19 => Phq9Severity.ModeratelySevere,
        _ => Phq9Severity.Severe,
    };

    /// <summary>
    /// Compares two totals. "Response" (50% or greater drop, SECONDARY) and "remission" (below 5, a convention whose
    /// primary source is not verified) are reported as labelled conventions, never as clinical findings.
    /// </summary>
    [Source(nameof(Refs.Phq9ResponseConvention))]
    [Source(nameof(Refs.Phq9RemissionConvention))]
    public static Phq9Change CompareWithBaseline(int baselineTotal, int currentTotal)
    {
        var errors = new List<InputError>();
        if (baselineTotal is < 0 or > 27)
        {
            errors.Add(new InputError("baselineTotal", "A PHQ-9 total is from 0 to 27."));
        }

        if (currentTotal is < 0 or > 27)
        {
            errors.Add(new InputError("currentTotal", "A PHQ-9 total is from 0 to 27."));
        }

        InputErrors.ThrowIfAny(errors);

        decimal? percent = baselineTotal == 0
            ? null
            : Math.Round((currentTotal - baselineTotal) * 100m / baselineTotal, 1, MidpointRounding.AwayFromZero);

        // Compare with integers, not the rounded percentage, so 20 -> 10 is exactly a 50% drop.
        bool? response = baselineTotal == 0 ? null : (baselineTotal - currentTotal) * 2 >= baselineTotal;

        return new Phq9Change(
            baselineTotal,
            currentTotal,
            percent,
            new ConventionCheck(
                "Response",
                "A fall of 50% or more from the starting (baseline) score.",
                response,
                Refs.Phq9ResponseConvention),
            new ConventionCheck(
                "Remission",
                "A score below 5.",
                currentTotal < 5,
                Refs.Phq9RemissionConvention));
    }

    public static string ToCode(this Phq9Severity severity) => severity switch
    {
        Phq9Severity.Minimal => "minimal",
        Phq9Severity.Mild => "mild",
        Phq9Severity.Moderate => "moderate",
        Phq9Severity.ModeratelySevere => "moderately-severe",
        Phq9Severity.Severe => "severe",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string ToLabel(this Phq9Severity severity) => severity switch
    {
        Phq9Severity.Minimal => "Minimal",
        Phq9Severity.Mild => "Mild",
        Phq9Severity.Moderate => "Moderate",
        Phq9Severity.ModeratelySevere => "Moderately severe",
        Phq9Severity.Severe => "Severe",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
