using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Instruments;

/// <summary>
/// PCL-5, the PTSD Checklist for DSM-5 (National Center for PTSD). Scoring, clusters, the provisional DSM-5 rule
/// and the 31-33 cut-point range per clinical.md §3.3. No LOINC code: the one claimed (91006-2) is unverified.
/// </summary>
[Source(nameof(Refs.Pcl5Scoring))]
public static class Pcl5
{
    public const int ItemCount = 20;
    public const int MinAnswer = 0;
    public const int MaxAnswer = 4;

    /// <summary>Source: Pcl5Scoring: "a cut-point score of 31-33 … appears to be reasonable".</summary>
    public const int MinCutPoint = 31;

    /// <summary>Upper end of the range, used by default because it flags fewer false positives.</summary>
    public const int MaxCutPoint = 33;

    public const int DefaultCutPoint = MaxCutPoint;

    /// <summary>Source: Pcl5Scoring: an item rated 2 ("Moderately") or higher counts as an endorsed symptom.</summary>
    public const int EndorsedAt = 2;

    public const string ScreenNotDiagnosis =
        "The PCL-5 is a screen, not a diagnosis. Only a clinician can diagnose PTSD, usually with a structured interview.";

    [Source(nameof(Refs.Pcl5Wording))]
    [Source(nameof(Refs.Pcl5Scoring))]
    [Source(nameof(Refs.Pcl5Licence))]
    public static InstrumentDefinition Definition { get; } = new(
        "pcl5",
        "PTSD Checklist for DSM-5 (PCL-5)",
        "Below is a list of problems that people sometimes have in response to a very stressful experience. "
            + "In the past month, how much were you bothered by:",
        [
            // Source: Pcl5Wording (VA VistA PCL-5 report text). Clusters: Pcl5Scoring.
            new(1, "Repeated, disturbing, and unwanted memories of the stressful experience?", Cluster: "B"),
            new(2, "Repeated, disturbing dreams of the stressful experience?", Cluster: "B"),
            new(3, "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you "
                + "were actually back there reliving it)?", Cluster: "B"),
            new(4, "Feeling very upset when something reminded you of the stressful experience?", Cluster: "B"),
            new(5, "Having strong physical reactions when something reminded you of the stressful experience (for "
                + "example, heart pounding, trouble breathing, sweating)?", Cluster: "B"),
            new(6, "Avoiding memories, thoughts, or feelings related to the stressful experience?", Cluster: "C"),
            new(7, "Avoiding external reminders of the stressful experience (for example, people, places, "
                + "conversations, activities, objects, or situations)?", Cluster: "C"),
            new(8, "Trouble remembering important parts of the stressful experience?", Cluster: "D"),
            new(9, "Having strong negative beliefs about yourself, other people, or the world (for example, having "
                + "thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the "
                + "world is completely dangerous)?", Cluster: "D"),
            new(10, "Blaming yourself or someone else for the stressful experience or what happened after it?", Cluster: "D"),
            new(11, "Having strong negative feelings such as fear, horror, anger, guilt, or shame?", Cluster: "D"),
            new(12, "Loss of interest in activities that you used to enjoy?", Cluster: "D"),
            new(13, "Feeling distant or cut off from other people?", Cluster: "D"),
            new(14, "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving "
                + "feelings for people close to you)?", Cluster: "D"),
            new(15, "Irritable behavior, angry outbursts, or acting aggressively?", Cluster: "E"),
            new(16, "Taking too many risks or doing things that could cause you harm?", Cluster: "E"),
            new(17, "Being \"superalert\" or watchful or on guard?", Cluster: "E"),
            new(18, "Feeling jumpy or easily startled?", Cluster: "E"),
            new(19, "Having difficulty concentrating?", Cluster: "E"),
            new(20, "Trouble falling or staying asleep?", Cluster: "E"),
        ],
        // Source: Pcl5Scoring (clinical.md §3.3).
        [
            new(0, "Not at all"),
            new(1, "A little bit"),
            new(2, "Moderately"),
            new(3, "Quite a bit"),
            new(4, "Extremely"),
        ],
        MinTotal: 0,
        MaxTotal: 80,
        LoincPanelCode: null,
        LoincTotalCode: null,
        IsValidatedScale: true,
        ScreenNotDiagnosis,
        [Refs.Pcl5Scoring, Refs.Pcl5Wording, Refs.Pcl5Licence]);

    public static IReadOnlyList<InputError> Validate(IReadOnlyList<int>? answers, int cutPoint = DefaultCutPoint, string field = "answers") =>
        Check(answers, cutPoint, field);

    private static List<InputError> Check(IReadOnlyList<int>? answers, int cutPoint, string field)
    {
        var errors = InputErrors.CheckAnswers(answers, ItemCount, MinAnswer, MaxAnswer, field);
        if (cutPoint is < MinCutPoint or > MaxCutPoint)
        {
            errors.Add(new InputError("cutPoint", $"The cut-point must be {MinCutPoint}, 32 or {MaxCutPoint}."));
        }

        return errors;
    }

    /// <summary>Scores twenty answers, each 0-4, in item order, against a cut-point of 31, 32 or 33 (default 33).</summary>
    /// <exception cref="ClinicalInputException">Wrong count, an answer outside 0-4, or a cut-point outside 31-33.</exception>
    [Source(nameof(Refs.Pcl5Scoring))]
    public static Pcl5Result Score(IReadOnlyList<int>? answers, int cutPoint = DefaultCutPoint, string field = "answers")
    {
        InputErrors.ThrowIfAny(Check(answers, cutPoint, field));

        int b = 0, c = 0, d = 0, e = 0;
        int bEndorsed = 0, cEndorsed = 0, dEndorsed = 0, eEndorsed = 0;
        for (var i = 0; i < ItemCount; i++)
        {
            var value = answers![i];
            var endorsed = value >= EndorsedAt ? 1 : 0;

            // Item numbers are i + 1; cluster boundaries per Pcl5Scoring.
            switch (i)
            {
                case < 5:
                    b += value;
                    bEndorsed += endorsed;
                    break;
                case < 7:
                    c += value;
                    cEndorsed += endorsed;
                    break;
                case < 14:
                    d += value;
                    dEndorsed += endorsed;
                    break;
                default:
                    e += value;
                    eEndorsed += endorsed;
                    break;
            }
        }

        var total = b + c + d + e;

        // Source: Pcl5Scoring: at least 1 B, 1 C, 2 D and 2 E items rated 2 or higher.
        var dsm5 = bEndorsed >= 1 && cEndorsed >= 1 && dEndorsed >= 2 && eEndorsed >= 2;

        return new Pcl5Result(
            total,
            new Pcl5ClusterScores(b, c, d, e),
            cutPoint,
            PositiveScreen: total >= cutPoint,
            Dsm5RuleMet: dsm5,
            ScreenNotDiagnosis,
            Definition.Sources);
    }
}
