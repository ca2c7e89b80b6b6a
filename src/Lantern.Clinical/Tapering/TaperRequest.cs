namespace Lantern.Clinical.Tapering;

/// <summary>
/// Everything needed to plan a taper. Mirrors <c>POST /api/v1/calculators/taper</c>: optional values fall back to
/// the defaults in <see cref="TaperPlanner"/>. Field names in errors are the camel-case JSON names.
/// </summary>
public sealed record TaperRequest
{
    /// <summary>Generic name, e.g. <c>citalopram</c>; see <see cref="DrugCatalogue.AcceptedNames"/>.</summary>
    public string? Drug { get; init; }

    /// <summary>Total daily dose now, in mg.</summary>
    public decimal CurrentDoseMg { get; init; }

    /// <summary><c>proportional</c> (antidepressant default), <c>occupancy</c> (opt-in) or <c>benzodiazepine</c>.</summary>
    public string? Method { get; init; }

    /// <summary>Cut of the previous dose per step, in percent: 5-50 for antidepressants, 5-25 for benzodiazepines.</summary>
    public decimal? StepPercent { get; init; }

    /// <summary>Days between steps, 7-90.</summary>
    public int? IntervalDays { get; init; }

    /// <summary>The date of the first reduction.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>The last dose before stopping (and, in target-date mode, the dose to reach by the date).</summary>
    public decimal? FinalDoseMg { get; init; }

    /// <summary>A formulation code of the drug, or <c>compounded-liquid</c> / <c>compounded-capsules</c>.</summary>
    public string? Formulation { get; init; }

    /// <summary>For a compounded formulation: mg per mL (liquid) or mg per capsule.</summary>
    public decimal? CompoundedStrengthMg { get; init; }

    /// <summary>How finely the person can measure a liquid, in mL (default 0.1).</summary>
    public decimal? LiquidIncrementMl { get; init; }

    /// <summary>Benzodiazepines only: the date (e.g. a ketamine start) by which to be on <see cref="FinalDoseMg"/>.</summary>
    public DateOnly? TargetDate { get; init; }

    /// <summary>Occupancy method only: a parameter-set code for this drug (default: the drug's striatal set).</summary>
    public string? OccupancyParameterSet { get; init; }

    /// <summary>Occupancy method only: the drop in estimated occupancy per step, in percentage points (default 10).</summary>
    public decimal? OccupancyDropPoints { get; init; }

    /// <summary>Benzodiazepines only: diazepam table code (<c>ashton</c> default, <c>va-dod</c>, <c>nhs-scotland</c>).</summary>
    public string? EquivalenceTable { get; init; }

    /// <summary>The latest answer to "are your withdrawal symptoms resolved or tolerable?"; null when not asked.</summary>
    public bool? SymptomsTolerable { get; init; }

    /// <summary>What has happened so far, oldest first. Future steps are recomputed from them.</summary>
    public IReadOnlyList<TaperEvent>? Events { get; init; }
}
