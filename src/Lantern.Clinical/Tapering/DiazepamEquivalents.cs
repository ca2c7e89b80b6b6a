using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

/// <summary>
/// Approximate diazepam equivalents for benzodiazepines and z-drugs (clinical.md §2.1). The Ashton column is the
/// default; VA/DoD and NHS Scotland are separate named tables. A conversion uses exactly one table, and says which.
/// </summary>
public static class DiazepamEquivalents
{
    /// <summary>Upper bound that only catches unit slips (e.g. micrograms typed as mg); not a clinical limit.</summary>
    public const decimal MaxPlausibleDailyDoseMg = 1000m;

    public const string Caution =
        "Approximate equivalents for guidance only; published tables disagree. Any switch between medicines is "
            + "decided by a prescriber, and may go better spread over 1-2 weeks than 1-2 days.";

    // Source: clinical.md §2.1, Ashton column of ASAM 2025 Table 7 ("mg ≈ 10 mg diazepam").
    [Source(nameof(Refs.AshtonViaAsam2025))]
    [Source(nameof(Refs.Who2009Withdrawal))]
    private static readonly BenzodiazepineEquivalence[] AshtonRows =
    [
        Per10("alprazolam", 0.5m, BenzodiazepineTable.Ashton),
        Per10("chlordiazepoxide", 25m, BenzodiazepineTable.Ashton),
        Per10("clonazepam", 0.5m, BenzodiazepineTable.Ashton),
        Per10("clorazepate", 15m, BenzodiazepineTable.Ashton),
        Per10("diazepam", 10m, BenzodiazepineTable.Ashton),
        new("estazolam", 1m, 2m, 10m, BenzodiazepineTable.Ashton),
        new("flurazepam", 15m, 30m, 10m, BenzodiazepineTable.Ashton),
        Per10("lorazepam", 1m, BenzodiazepineTable.Ashton),
        Per10("oxazepam", 20m, BenzodiazepineTable.Ashton),
        Per10("quazepam", 20m, BenzodiazepineTable.Ashton),
        Per10("temazepam", 20m, BenzodiazepineTable.Ashton),
        Per10("triazolam", 0.5m, BenzodiazepineTable.Ashton),
    ];

    // Source: clinical.md §2.1, VA/DoD SUD CPG 2021 column of ASAM 2025 Table 7 ("mg ≈ 10 mg diazepam").
    [Source(nameof(Refs.VaDodViaAsam2025))]
    private static readonly BenzodiazepineEquivalence[] VaDodRows =
    [
        Per10("alprazolam", 1m, BenzodiazepineTable.VaDod),
        Per10("chlordiazepoxide", 25m, BenzodiazepineTable.VaDod),
        Per10("clonazepam", 1m, BenzodiazepineTable.VaDod),
        Per10("clorazepate", 15m, BenzodiazepineTable.VaDod),
        Per10("diazepam", 10m, BenzodiazepineTable.VaDod),
        Per10("estazolam", 1m, BenzodiazepineTable.VaDod),
        Per10("flurazepam", 15m, BenzodiazepineTable.VaDod),
        Per10("lorazepam", 2m, BenzodiazepineTable.VaDod),
        Per10("oxazepam", 30m, BenzodiazepineTable.VaDod),
        Per10("quazepam", 10m, BenzodiazepineTable.VaDod),
        Per10("temazepam", 15m, BenzodiazepineTable.VaDod),
        Per10("triazolam", 0.25m, BenzodiazepineTable.VaDod),
    ];

    // Source: clinical.md §2.1, NHS Scotland "approximate equivalent doses" to diazepam 5 mg, kept per 5 mg as printed.
    [Source(nameof(Refs.NhsScotlandBenzodiazepines))]
    private static readonly BenzodiazepineEquivalence[] NhsScotlandRows =
    [
        Per5("chlordiazepoxide", 12.5m),
        Per5("clobazam", 10m),
        Per5("clonazepam", 0.25m),
        Per5("diazepam", 5m), // the reference drug itself, so a diazepam dose converts to itself
        new("loprazolam", 0.5m, 1m, 5m, BenzodiazepineTable.NhsScotland),
        Per5("lorazepam", 0.5m),
        new("lormetazepam", 0.5m, 1m, 5m, BenzodiazepineTable.NhsScotland),
        Per5("nitrazepam", 5m),
        Per5("oxazepam", 10m),
        Per5("temazepam", 10m),
        Per5("zolpidem", 10m),
        Per5("zopiclone", 7.5m),
    ];

    /// <summary>The rows of one table, as the source prints them.</summary>
    public static IReadOnlyList<BenzodiazepineEquivalence> Rows(BenzodiazepineTable table) => table switch
    {
        BenzodiazepineTable.Ashton => AshtonRows,
        BenzodiazepineTable.VaDod => VaDodRows,
        BenzodiazepineTable.NhsScotland => NhsScotlandRows,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>Drug names one table accepts, alphabetically.</summary>
    public static IReadOnlyList<string> AcceptedDrugs(BenzodiazepineTable table) =>
        [.. Rows(table).Select(r => r.Drug).Order(StringComparer.Ordinal)];

    /// <summary>Every drug name any table accepts; what the calculator accepts when no table is chosen.</summary>
    public static IReadOnlyList<string> AllAcceptedDrugs { get; } =
        [.. AshtonRows.Concat(VaDodRows).Concat(NhsScotlandRows).Select(r => r.Drug).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// Converts a daily dose to approximate diazepam mg/day.
    /// With no <paramref name="table"/>, the Ashton column is used, and a drug it lacks (e.g. a z-drug) is taken from
    /// the NHS Scotland table, with <see cref="DiazepamEquivalentResult.Note"/> saying so. With a table, only that
    /// table is used; a drug it lacks is an error that lists the names it accepts.
    /// </summary>
    /// <exception cref="ClinicalInputException">Unknown drug (lists accepted names) or a dose that is not above 0 mg.</exception>
    [Source(nameof(Refs.AshtonViaAsam2025))]
    [Source(nameof(Refs.VaDodViaAsam2025))]
    [Source(nameof(Refs.NhsScotlandBenzodiazepines))]
    public static DiazepamEquivalentResult Convert(
        string? drug, decimal dailyDoseMg, BenzodiazepineTable? table = null, string fieldPrefix = "")
    {
        var errors = new List<InputError>();
        var row = Find(drug, table, fieldPrefix, errors);
        CheckDose(dailyDoseMg, $"{fieldPrefix}dailyDoseMg", errors);
        InputErrors.ThrowIfAny(errors);

        string? note = table is null && row!.Table != BenzodiazepineTable.Ashton
            ? $"{row.Drug} is not in the Ashton column, so the {row.Table.DisplayName()} table was used."
            : null;

        return new DiazepamEquivalentResult(
            row!.Drug, dailyDoseMg, Apply(row, dailyDoseMg), row.Table, row, row.Table.Source(), note, Caution);
    }

    /// <summary>Converts and sums several medicines. Field names are <c>{field}[i].drug</c> and <c>{field}[i].dailyDoseMg</c>.</summary>
    public static DiazepamEquivalentTotal Total(
        IReadOnlyList<BenzodiazepineDose>? doses, BenzodiazepineTable? table = null, string field = "benzodiazepines")
    {
        var errors = Validate(doses, table, field);
        InputErrors.ThrowIfAny([.. errors]);

        var items = doses!.Select((d, i) => Convert(d.Drug, d.DailyDoseMg, table, $"{field}[{i}].")).ToArray();
        var total = items.Aggregate(DoseRange.Exactly(0m), (sum, item) => sum.Plus(item.DiazepamMg));
        return new DiazepamEquivalentTotal(total, items);
    }

    /// <summary>Every problem with a list of doses; empty when all can be converted.</summary>
    public static IReadOnlyList<InputError> Validate(
        IReadOnlyList<BenzodiazepineDose>? doses, BenzodiazepineTable? table = null, string field = "benzodiazepines")
    {
        var errors = new List<InputError>();
        if (doses is null)
        {
            return errors;
        }

        for (var i = 0; i < doses.Count; i++)
        {
            if (doses[i] is null)
            {
                errors.Add(new InputError($"{field}[{i}]", "Give a drug name and a daily dose."));
                continue;
            }

            Find(doses[i].Drug, table, $"{field}[{i}].", errors);
            CheckDose(doses[i].DailyDoseMg, $"{field}[{i}].dailyDoseMg", errors);
        }

        return errors;
    }

    /// <summary>diazepam = dose × reference ÷ equivalent dose; a printed range gives a range (low uses the high end).</summary>
    private static DoseRange Apply(BenzodiazepineEquivalence row, decimal dailyDoseMg) => new(
        Math.Round(dailyDoseMg * row.DiazepamReferenceMg / row.DoseHighMg, 2, MidpointRounding.AwayFromZero),
        Math.Round(dailyDoseMg * row.DiazepamReferenceMg / row.DoseLowMg, 2, MidpointRounding.AwayFromZero));

    private static BenzodiazepineEquivalence? Find(string? drug, BenzodiazepineTable? table, string fieldPrefix, List<InputError> errors)
    {
        var name = InputErrors.NormaliseName(drug);
        var field = $"{fieldPrefix}drug";
        if (name.Length == 0)
        {
            errors.Add(new InputError(field, "Give the medicine's generic name, e.g. lorazepam.", table is null ? AllAcceptedDrugs : AcceptedDrugs(table.Value)));
            return null;
        }

        if (table is { } chosen)
        {
            var inChosen = Rows(chosen).FirstOrDefault(r => r.Drug == name);
            if (inChosen is null)
            {
                var elsewhere = Enum.GetValues<BenzodiazepineTable>()
                    .Where(t => Rows(t).Any(r => r.Drug == name))
                    .Select(t => t.ToCode())
                    .ToArray();
                var hint = elsewhere.Length > 0 ? $" It is in: {string.Join(", ", elsewhere)}." : string.Empty;
                errors.Add(new InputError(
                    field,
                    $"'{drug}' is not in the {chosen.ToCode()} table.{hint} Accepted: {string.Join(", ", AcceptedDrugs(chosen))}.",
                    AcceptedDrugs(chosen)));
            }

            return inChosen;
        }

        var found = AshtonRows.FirstOrDefault(r => r.Drug == name) ?? NhsScotlandRows.FirstOrDefault(r => r.Drug == name);
        if (found is null)
        {
            // VA/DoD holds no drug the other two lack, so this list is complete.
            errors.Add(new InputError(
                field, $"Unknown medicine '{drug}'. Accepted: {string.Join(", ", AllAcceptedDrugs)}.", AllAcceptedDrugs));
        }

        return found;
    }

    private static void CheckDose(decimal dailyDoseMg, string field, List<InputError> errors)
    {
        if (dailyDoseMg <= 0m || dailyDoseMg > MaxPlausibleDailyDoseMg)
        {
            errors.Add(new InputError(field, $"Give the total daily dose in mg, more than 0 and at most {MaxPlausibleDailyDoseMg:0}."));
        }
    }

    private static BenzodiazepineEquivalence Per10(string drug, decimal mg, BenzodiazepineTable table) => new(drug, mg, mg, 10m, table);

    private static BenzodiazepineEquivalence Per5(string drug, decimal mg) => new(drug, mg, mg, 5m, BenzodiazepineTable.NhsScotland);
}
