namespace Lantern.Clinical.Tapering;

/// <summary>
/// The SERT-occupancy parameter sets Lantern offers, all SECONDARY (clinical.md §1.1, set 1: third-party code that
/// labels its table as Sørensen 2022). The method using them is opt-in. Striatal fits are the default for a drug
/// because the verified PET anchors (Meyer 2001, 2004) were measured in the striatum; where the table has no
/// striatal fit the one region it gives is used.
/// </summary>
[Source(nameof(Refs.SorensenFitsViaThirdPartyCode))]
public static class OccupancyParameterSets
{
    /// <summary>
    /// Every adopted set must predict this occupancy range at the drug's usual minimum dose: the verified anchors are
    /// 76-85 % (Meyer 2004) and about 80 % (Sørensen 2022), and clinical.md §1.2 suggests 65-90 % as the check.
    /// </summary>
    [Source(nameof(Refs.Meyer2001))]
    [Source(nameof(Refs.Meyer2004))]
    public static (decimal Low, decimal High) PlausibleAtUsualMinimumDose { get; } = (65m, 90m);

    [Source(nameof(Refs.CitalopramEd50Conflict))]
    private const string CitalopramConflict =
        "Another secondary source says the same study fitted a citalopram ED50 of about 3.4 mg, not 2.33 mg. The two "
            + "disagree, so treat every occupancy figure for citalopram as a rough estimate.";

    private static readonly Source Fits = Refs.SorensenFitsViaThirdPartyCode;

    private static readonly OccupancyParameterSet[] Sets =
    [
        new("citalopram-striatum", "citalopram", "striatum", 83.98m, 2.33m, Fits, CitalopramConflict),
        new("desvenlafaxine-striatum", "desvenlafaxine", "striatum", 100.22m, 16.11m, Fits),
        new("desvenlafaxine-amygdala", "desvenlafaxine", "amygdala", 106.43m, 11.57m, Fits),
        new("desvenlafaxine-midbrain", "desvenlafaxine", "midbrain", 99.46m, 10.92m, Fits),
        new("desvenlafaxine-thalamus", "desvenlafaxine", "thalamus", 100.11m, 21.17m, Fits),
        new("duloxetine-thalamus", "duloxetine", "thalamus", 90.75m, 6.27m, Fits),
        new("escitalopram-caudate", "escitalopram", "caudate (striatum)", 75.35m, 0.66m, Fits),
        new("escitalopram-dorsal-raphe", "escitalopram", "dorsal raphe", 89.57m, 2.72m, Fits),
        new("escitalopram-thalamus", "escitalopram", "thalamus", 78.67m, 2.10m, Fits),
        new("fluoxetine-striatum", "fluoxetine", "striatum", 86.12m, 1.89m, Fits),
        new("paroxetine-striatum", "paroxetine", "striatum", 97.14m, 5.60m, Fits),
        new("sertraline-striatum", "sertraline", "striatum", 92.01m, 7.72m, Fits),
        new("venlafaxine-striatum", "venlafaxine", "striatum (extended-release data)", 90.07m, 5.80m, Fits),
        new("vortioxetine-raphe", "vortioxetine", "raphe nuclei", 102.24m, 4.68m, Fits),
    ];

    /// <summary>
    /// Rows of the secondary table that Lantern does not offer, with the reason. Kept so a reviewer sees the choice.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NotAdopted { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["escitalopram-putamen"] =
            "Emax 69.32, ED50 1.22 predicts about 62 % at escitalopram 10 mg, below the 65-90 % plausibility range.",
    };

    // Striatal where the table has it, otherwise its only region (see the class summary).
    private static readonly Dictionary<string, string> DefaultByDrug = new(StringComparer.Ordinal)
    {
        ["citalopram"] = "citalopram-striatum",
        ["desvenlafaxine"] = "desvenlafaxine-striatum",
        ["duloxetine"] = "duloxetine-thalamus",
        ["escitalopram"] = "escitalopram-caudate",
        ["fluoxetine"] = "fluoxetine-striatum",
        ["paroxetine"] = "paroxetine-striatum",
        ["sertraline"] = "sertraline-striatum",
        ["venlafaxine"] = "venlafaxine-striatum",
        ["vortioxetine"] = "vortioxetine-raphe",
    };

    public static IReadOnlyList<OccupancyParameterSet> All => Sets;

    /// <summary>The sets for one drug, default first.</summary>
    public static IReadOnlyList<OccupancyParameterSet> ForDrug(string drug) =>
        [.. Sets.Where(s => s.Drug == drug).OrderBy(s => s.Code == DefaultFor(drug)?.Code ? 0 : 1).ThenBy(s => s.Code, StringComparer.Ordinal)];

    /// <summary>The default set for a drug, or null when the occupancy method is not available for it.</summary>
    public static OccupancyParameterSet? DefaultFor(string drug) =>
        DefaultByDrug.TryGetValue(drug, out var code) ? Sets.First(s => s.Code == code) : null;

    public static OccupancyParameterSet? ForCode(string? code) =>
        Sets.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
