using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Opioids;

/// <summary>
/// Morphine milligram equivalents per day with the CDC 2022 factors (clinical.md §5). Factors are pinned to the
/// 2022 table; older tables differ (e.g. Von Korff 2008) and are deliberately not offered.
/// </summary>
[Source(nameof(Refs.Cdc2022Mme))]
public static class MorphineEquivalents
{
    /// <summary>Catches typing slips only (an extra zero, mcg typed as mg); not a clinical limit.</summary>
    public const decimal MaxPlausibleDose = 10000m;

    /// <summary>Source: Cdc2016MmeThresholds (SECONDARY): "reassess and add precautions".</summary>
    public const int ReassessAtMme = 50;

    /// <summary>Source: Cdc2016MmeThresholds (SECONDARY): "avoid or carefully justify".</summary>
    public const int AvoidOrJustifyAtMme = 90;

    /// <summary>Source: Cdc2022Mme table footnote (VERIFIED).</summary>
    public const string Caution =
        "MME is an estimate of total opioid exposure, not a dosing tool. Do not use it to convert one opioid to "
            + "another. Take extra care with methadone and with fentanyl patches.";

    private const string MethadoneCaution =
        "The CDC asks for extra care with methadone: its conversion factor is an estimate and its effects build up.";

    private const string FentanylCaution =
        "The CDC asks for extra care with fentanyl patches. Enter the patch strength in mcg per hour, not mg.";

    // Source: clinical.md §5, CDC 2022 "Morphine milligram equivalent doses for commonly prescribed opioids".
    [Source(nameof(Refs.Cdc2022Mme))]
    public static IReadOnlyList<OpioidFactor> Factors { get; } =
    [
        new("codeine", "Codeine", DoseUnit.MilligramsPerDay, 0.15m),
        new("fentanyl-patch", "Fentanyl transdermal patch", DoseUnit.MicrogramsPerHour, 2.4m, FentanylCaution),
        new("hydrocodone", "Hydrocodone", DoseUnit.MilligramsPerDay, 1.0m),
        new("hydromorphone", "Hydromorphone", DoseUnit.MilligramsPerDay, 5.0m),
        new("methadone", "Methadone", DoseUnit.MilligramsPerDay, 4.7m, MethadoneCaution),
        new("morphine", "Morphine", DoseUnit.MilligramsPerDay, 1.0m),
        new("oxycodone", "Oxycodone", DoseUnit.MilligramsPerDay, 1.5m),
        new("oxymorphone", "Oxymorphone", DoseUnit.MilligramsPerDay, 3.0m),
        new("tapentadol", "Tapentadol", DoseUnit.MilligramsPerDay, 0.4m),
        new("tramadol", "Tramadol", DoseUnit.MilligramsPerDay, 0.2m),
    ];

    /// <summary>Opioid names the calculator accepts.</summary>
    public static IReadOnlyList<string> AcceptedOpioids { get; } = [.. Factors.Select(f => f.Opioid)];

    /// <summary>Every problem with the items; empty when all can be converted. Fields: <c>items[i].opioid</c>, <c>items[i].dailyDose</c>, <c>items[i].unit</c>.</summary>
    public static IReadOnlyList<InputError> Validate(IReadOnlyList<OpioidDose>? items, string field = "items")
    {
        var errors = new List<InputError>();
        if (items is null || items.Count == 0)
        {
            errors.Add(new InputError(field, "Add at least one opioid with its daily dose."));
            return errors;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var prefix = $"{field}[{i}]";
            if (items[i] is not { } item)
            {
                errors.Add(new InputError(prefix, "Give an opioid name and its dose."));
                continue;
            }

            var factor = Find(item.Opioid, $"{prefix}.opioid", errors);
            if (item.DailyDose <= 0m || item.DailyDose > MaxPlausibleDose)
            {
                var unit = factor?.UnitCode ?? "mg/day (fentanyl patch: mcg/h)";
                errors.Add(new InputError($"{prefix}.dailyDose", $"Give a dose in {unit}, more than 0 and at most {MaxPlausibleDose:0}."));
            }

            if (item.Unit is not null && factor is not null)
            {
                var unit = DoseUnits.Parse(item.Unit);
                if (unit != factor.Unit)
                {
                    errors.Add(new InputError(
                        $"{prefix}.unit",
                        $"{factor.DisplayName} is entered in {factor.UnitCode}, not '{item.Unit}'.",
                        [factor.UnitCode]));
                }
            }
        }

        return errors;
    }

    /// <summary>Converts each item (dose × CDC 2022 factor) and totals them, flagging the 50 and 90 MME/day reference levels.</summary>
    /// <exception cref="ClinicalInputException">No items, an unknown opioid (lists accepted names), a dose not above 0, or a mismatched unit.</exception>
    [Source(nameof(Refs.Cdc2022Mme))]
    [Source(nameof(Refs.Cdc2016MmeThresholds))]
    public static MmeResult Calculate(IReadOnlyList<OpioidDose>? items, string field = "items")
    {
        InputErrors.ThrowIfAny([.. Validate(items, field)]);

        var results = new MmeItemResult[items!.Count];
        var total = 0m;
        for (var i = 0; i < items.Count; i++)
        {
            var factor = Find(items[i].Opioid, string.Empty, null)!;
            var mme = items[i].DailyDose * factor.Factor;
            results[i] = new MmeItemResult(factor.Opioid, items[i].DailyDose, factor.UnitCode, factor.Factor, mme, factor.Caution);
            total += mme;
        }

        return new MmeResult(total, results, FlagsFor(total), Caution, [Refs.Cdc2022Mme, Refs.Cdc2016MmeThresholds]);
    }

    /// <summary>Reference flags for a total. "≥" comparisons, as worded in the 2016 guideline (clinical.md §5).</summary>
    [Source(nameof(Refs.Cdc2016MmeThresholds))]
    public static IReadOnlyList<MmeFlag> FlagsFor(decimal totalMme)
    {
        var flags = new List<MmeFlag>(2);
        if (totalMme >= ReassessAtMme)
        {
            flags.Add(new MmeFlag(
                "mme-50-or-more",
                ReassessAtMme,
                "50 MME/day or more: the 2016 CDC guideline advised reassessing benefits and risks and adding precautions. "
                    + "The 2022 guideline sets no hard limit.",
                Refs.Cdc2016MmeThresholds));
        }

        if (totalMme >= AvoidOrJustifyAtMme)
        {
            flags.Add(new MmeFlag(
                "mme-90-or-more",
                AvoidOrJustifyAtMme,
                "90 MME/day or more: the 2016 CDC guideline advised avoiding this level or carefully justifying it. "
                    + "The 2022 guideline sets no hard limit.",
                Refs.Cdc2016MmeThresholds));
        }

        return flags;
    }

    private static OpioidFactor? Find(string? opioid, string field, List<InputError>? errors)
    {
        var name = InputErrors.NormaliseName(opioid);
        var canonical = name switch
        {
            "fentanyl-transdermal" or "transdermal-fentanyl" or "fentanyl-patches" or "fentanyl-transdermal-patch" => "fentanyl-patch",
            _ => name,
        };

        var factor = Factors.FirstOrDefault(f => f.Opioid == canonical);
        if (factor is null && errors is not null)
        {
            // Only the patch is in the CDC table; other fentanyl forms must not be guessed at.
            var message = canonical == "fentanyl"
                ? "Only fentanyl patches are in the CDC table. Enter 'fentanyl-patch' with the patch strength in mcg/h."
                : $"Unknown opioid '{opioid}'. Accepted: {string.Join(", ", AcceptedOpioids)}.";
            errors.Add(new InputError(field, message, AcceptedOpioids));
        }

        return factor;
    }
}
