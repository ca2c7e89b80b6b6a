using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Ketamine;

/// <summary>
/// How a person felt after a session: common effects rated none to severe, dissociation on their own 0-10 scale,
/// bladder or urinary symptoms, and any warning sign. Lantern's own form, not a validated scale: the CADSS that trials
/// use is a clinician's interview whose wording we do not hold (clinical.md §3.4), so dissociation is a single
/// self-rating here. The effects listed are those the esketamine label names (sedation, dissociation) plus ones people
/// commonly report; urinary symptoms matter because ketamine can irritate the bladder.
/// </summary>
/// <param name="Ratings">0 none, 1 mild, 2 moderate, 3 severe, by <see cref="RatedEffects"/> code.</param>
/// <param name="Dissociation">0 (none) to 10 (the most they can imagine).</param>
/// <param name="UrinarySymptoms">Codes from <see cref="UrinarySymptomCodes"/>.</param>
/// <param name="WarningSigns">Codes from <see cref="WarningSigns"/>.</param>
public sealed record AfterSessionReport(
    IReadOnlyDictionary<string, int> Ratings,
    int Dissociation,
    IReadOnlyList<string> UrinarySymptoms,
    IReadOnlyList<RedFlag> WarningSigns)
{
    public const int MaxRating = 3;
    public const int MaxDissociation = 10;

    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.LanternSessionPolicy))]
    public static IReadOnlyList<(string Code, string Label)> RatedEffects { get; } =
    [
        ("nausea", "Nausea or being sick"),
        ("dizziness", "Dizziness"),
        ("headache", "Headache"),
        ("sedation", "Sleepiness or feeling heavy"),
        ("anxiety", "Anxiety"),
    ];

    public static IReadOnlyList<string> RatingLabels { get; } = ["None", "Mild", "Moderate", "Severe"];

    [Source(nameof(Refs.Anderson2022KetamineCystitis))]
    public static IReadOnlyList<(string Code, string Label)> UrinarySymptomCodes { get; } =
    [
        ("pain-passing-urine", "Pain or burning when passing urine"),
        ("frequent-or-urgent", "Needing to go much more often, or very urgently"),
        ("blood-in-urine", "Blood in my urine"),
        ("bladder-pain", "Pain low in my belly, over the bladder"),
    ];

    /// <summary>Warning signs a person can report after a session; each is the catalogue's own flag.</summary>
    [Source(nameof(Refs.LanternSessionPolicy))]
    public static IReadOnlyList<RedFlag> ReportableSigns { get; } =
    [
        RedFlags.SuicidalThoughts,
        RedFlags.ChestPain,
        RedFlags.TroubleBreathing,
        RedFlags.SevereConfusion,
        RedFlags.SeeingOrHearingThings,
    ];

    /// <summary>The red flags this report raises: any urinary symptom, and every warning sign ticked.</summary>
    [Source(nameof(Refs.Anderson2022KetamineCystitis))]
    [Source(nameof(Refs.LanternSessionPolicy))]
    public IReadOnlyList<RedFlag> Flags()
    {
        var flags = new List<RedFlag>(WarningSigns);
        if (UrinarySymptoms.Count > 0)
        {
            flags.Add(RedFlags.BladderPainOrBloodInUrine);
        }

        return flags.DistinctBy(f => f.Code).OrderByDescending(f => f.Level).ToArray();
    }

    /// <summary>
    /// Reads a report. Missing ratings count as none (the form starts on "None"); out-of-range values, unknown codes
    /// and a missing dissociation rating are errors naming the JSON field (<c>ratings.nausea</c>, <c>urinarySymptoms[1]</c>).
    /// </summary>
    public static AfterSessionReport Parse(
        IReadOnlyDictionary<string, int>? ratings, int? dissociation, IReadOnlyList<string>? urinarySymptoms, IReadOnlyList<string>? warningSigns)
    {
        var errors = new List<InputError>();
        var parsed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, _) in RatedEffects)
        {
            parsed[code] = 0;
        }

        foreach (var (key, value) in ratings ?? new Dictionary<string, int>())
        {
            var code = key.Trim().ToLowerInvariant();
            if (!parsed.ContainsKey(code))
            {
                errors.Add(new InputError($"ratings.{key}", "Unknown side effect.", [.. RatedEffects.Select(e => e.Code)]));
            }
            else if (value is < 0 or > MaxRating)
            {
                errors.Add(new InputError($"ratings.{code}", $"Rate from 0 (none) to {MaxRating} (severe)."));
            }
            else
            {
                parsed[code] = value;
            }
        }

        if (dissociation is null)
        {
            errors.Add(new InputError("dissociation", $"Rate how disconnected or unreal things felt, from 0 to {MaxDissociation}."));
        }
        else if (dissociation is < 0 or > MaxDissociation)
        {
            errors.Add(new InputError("dissociation", $"Rate from 0 (not at all) to {MaxDissociation} (the most you can imagine)."));
        }

        var urinary = Codes(urinarySymptoms, UrinarySymptomCodes.Select(u => u.Code).ToArray(), "urinarySymptoms", errors);
        var signCodes = Codes(warningSigns, ReportableSigns.Select(s => s.Code).ToArray(), "warningSigns", errors);
        InputErrors.ThrowIfAny(errors);
        return new AfterSessionReport(parsed, dissociation!.Value, urinary,
            signCodes.Select(c => ReportableSigns.First(s => s.Code == c)).ToArray());
    }

    private static List<string> Codes(IReadOnlyList<string>? given, IReadOnlyList<string> accepted, string field, List<InputError> errors)
    {
        var codes = new List<string>();
        for (var i = 0; i < (given?.Count ?? 0); i++)
        {
            var code = given![i]?.Trim().ToLowerInvariant();
            if (code is null || !accepted.Contains(code))
            {
                errors.Add(new InputError($"{field}[{i}]", "Unknown answer.", accepted));
            }
            else if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }
}
