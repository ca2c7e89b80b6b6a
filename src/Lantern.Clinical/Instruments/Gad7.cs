using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Instruments;

/// <summary>
/// GAD-7 (Spitzer 2006; bands Kroenke 2007). No screening cut-point is offered: the reference could not confirm
/// that Spitzer's optimal cut point is 10 (clinical.md §3.2, open item 4), so only the severity bands are used.
/// </summary>
[Source(nameof(Refs.Spitzer2006))]
public static class Gad7
{
    public const int ItemCount = 7;
    public const int MinAnswer = 0;
    public const int MaxAnswer = 3;

    [Source(nameof(Refs.Spitzer2006))]
    [Source(nameof(Refs.Gad7Wording))]
    [Source(nameof(Refs.Gad7Loinc))]
    [Source(nameof(Refs.PfizerPhqGadLicence))]
    public static InstrumentDefinition Definition { get; } = new(
        "gad7",
        "Generalized Anxiety Disorder 7-item scale (GAD-7)",
        "Over the last 2 weeks, how often have you been bothered by the following problems?",
        [
            // Source: Gad7Wording (Pfizer form scan). Item LOINC codes are left out: the reference does not give them.
            new(1, "Feeling nervous, anxious, or on edge"),
            new(2, "Not being able to stop or control worrying"),
            new(3, "Worrying too much about different things"),
            new(4, "Trouble relaxing"),
            new(5, "Being so restless that it is hard to sit still"),
            new(6, "Becoming easily annoyed or irritable"),
            new(7, "Feeling afraid, as if something awful might happen"),
        ],
        // Same response set as the PHQ-9 (clinical.md §3.2). Answer LOINC codes omitted: public GAD-7 Questionnaires
        // disagree on them (one uses LA18938-3 "More days than not" for item 2), and the reference lists none.
        [
            new(0, "Not at all"),
            new(1, "Several days"),
            new(2, "More than half the days"),
            new(3, "Nearly every day"),
        ],
        MinTotal: 0,
        MaxTotal: 21,
        LoincPanelCode: "69737-5",
        LoincTotalCode: "70274-6",
        IsValidatedScale: true,
        "A measure of how much anxiety symptoms have bothered you over the last two weeks. It is not a diagnosis; "
            + "your provider interprets it with you.",
        [Refs.Spitzer2006, Refs.Kroenke2007, Refs.Gad7Wording, Refs.Gad7Loinc, Refs.PfizerPhqGadLicence]);

    public static IReadOnlyList<InputError> Validate(IReadOnlyList<int>? answers, string field = "answers") =>
        InputErrors.CheckAnswers(answers, ItemCount, MinAnswer, MaxAnswer, field);

    /// <summary>Scores seven answers, each 0-3, in item order.</summary>
    /// <exception cref="ClinicalInputException">Wrong count or any answer outside 0-3.</exception>
    [Source(nameof(Refs.Spitzer2006))]
    [Source(nameof(Refs.Kroenke2007))]
    public static Gad7Result Score(IReadOnlyList<int>? answers, string field = "answers")
    {
        InputErrors.ThrowIfAny(InputErrors.CheckAnswers(answers, ItemCount, MinAnswer, MaxAnswer, field));

        var total = 0;
        for (var i = 0; i < ItemCount; i++)
        {
            total += answers![i];
        }

        return new Gad7Result(total, SeverityFor(total), [Refs.Spitzer2006, Refs.Kroenke2007]);
    }

    /// <summary>Band for a total. Source: Kroenke 2007 (clinical.md §3.2): 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.</summary>
    [Source(nameof(Refs.Kroenke2007))]
    public static Gad7Severity SeverityFor(int total) => total switch
    {
        < 0 or > 21 => throw new ClinicalInputException(new InputError("total", "A GAD-7 total is from 0 to 21.")),
        <= 4 => Gad7Severity.Minimal,
        <= 9 => Gad7Severity.Mild,
        <= 14 => Gad7Severity.Moderate,
        _ => Gad7Severity.Severe,
    };

    public static string ToCode(this Gad7Severity severity) => severity switch
    {
        Gad7Severity.Minimal => "minimal",
        Gad7Severity.Mild => "mild",
        Gad7Severity.Moderate => "moderate",
        Gad7Severity.Severe => "severe",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string ToLabel(this Gad7Severity severity) => severity switch
    {
        Gad7Severity.Minimal => "Minimal",
        Gad7Severity.Mild => "Mild",
        Gad7Severity.Moderate => "Moderate",
        Gad7Severity.Severe => "Severe",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
