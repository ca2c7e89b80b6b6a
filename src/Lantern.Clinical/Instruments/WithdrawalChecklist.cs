using Lantern.Clinical.Safety;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Instruments;

/// <summary>
/// Lantern's own withdrawal-symptom checklist for tapering. It is not a validated scale and borrows nothing from the
/// DESS, whose wording is not available to us (clinical.md §3.5). What it does carry from a source is the hold rule:
/// the next reduction waits until withdrawal symptoms have resolved or are tolerable (NICE NG222 1.4.17; QS8).
/// </summary>
[Source(nameof(Refs.LanternWithdrawalChecklist))]
public static class WithdrawalChecklist
{
    public const int MinRating = 0;
    public const int MaxRating = 3;

    public const string NotValidatedNotice =
        "This is Lantern's own checklist to help you and your prescriber track symptoms. It is not a validated scale "
            + "and its total has no cut-offs. Some symptoms can also be a sign of depression returning, so your "
            + "prescriber will look at both.";

    [Source(nameof(Refs.LanternWithdrawalChecklist))]
    public static InstrumentDefinition Definition { get; } = new(
        "withdrawal-checklist",
        "Withdrawal symptom checklist (Lantern, not validated)",
        "Since your last check-in, how much has each of these bothered you?",
        [
            new(1, "Dizziness or light-headedness"),
            new(2, "Nausea or an upset stomach"),
            new(3, "Electric-shock sensations (sometimes called 'brain zaps')"),
            new(4, "Irritability"),
            new(5, "Anxiety or nervousness"),
            new(6, "Low mood"),
            new(7, "Trouble sleeping"),
            new(8, "Vivid or unusual dreams"),
            new(9, "Flu-like feelings, such as aches or chills"),
            new(10, "Sweating"),
        ],
        [
            new(0, "Not at all"),
            new(1, "Mild"),
            new(2, "Moderate"),
            new(3, "Severe"),
        ],
        MinTotal: 0,
        MaxTotal: 30,
        LoincPanelCode: null,
        LoincTotalCode: null,
        IsValidatedScale: false,
        NotValidatedNotice,
        [Refs.LanternWithdrawalChecklist, Refs.NiceNg222, Refs.NiceQs8]);

    public static int ItemCount => Definition.Items.Count;

    public static IReadOnlyList<InputError> Validate(IReadOnlyList<int>? ratings, bool? symptomsTolerable, string field = "ratings") =>
        Check(ratings, symptomsTolerable, field);

    /// <summary>
    /// Records ratings (0-3 per item, in item order) and whether the person finds their symptoms tolerable.
    /// The tolerability answer is required whenever any symptom is rated, because the hold rule depends on it.
    /// </summary>
    [Source(nameof(Refs.LanternWithdrawalChecklist))]
    [Source(nameof(Refs.NiceNg222))]
    [Source(nameof(Refs.NiceQs8))]
    public static WithdrawalChecklistResult Score(IReadOnlyList<int>? ratings, bool? symptomsTolerable, string field = "ratings")
    {
        InputErrors.ThrowIfAny(Check(ratings, symptomsTolerable, field));

        var total = 0;
        var present = new List<int>();
        var severe = new List<int>();
        for (var i = 0; i < ratings!.Count; i++)
        {
            total += ratings[i];
            if (ratings[i] >= 1)
            {
                present.Add(i + 1);
            }

            if (ratings[i] == MaxRating)
            {
                severe.Add(i + 1);
            }
        }

        // The person's own judgement decides the hold, as NICE puts it: "resolved or tolerable".
        var hold = symptomsTolerable == false;
        IReadOnlyList<RedFlag> flags = hold
            ? [RedFlags.WithdrawalNotTolerable]
            : present.Count > 0 ? [RedFlags.WithdrawalSymptomsTolerable] : [];

        return new WithdrawalChecklistResult(
            total, present, severe, symptomsTolerable, hold, flags, NotValidatedNotice, Definition.Sources);
    }

    private static List<InputError> Check(IReadOnlyList<int>? ratings, bool? symptomsTolerable, string field)
    {
        var errors = InputErrors.CheckAnswers(ratings, ItemCount, MinRating, MaxRating, field);
        if (errors.Count == 0 && symptomsTolerable is null && ratings!.Any(r => r > 0))
        {
            errors.Add(new InputError(
                "symptomsTolerable",
                "Please say whether these symptoms feel tolerable; it decides whether to wait before the next reduction."));
        }

        return errors;
    }
}
