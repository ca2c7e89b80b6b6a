namespace Lantern.Clinical.Tapering;

/// <summary>
/// The named equivalence tables Lantern holds. Source tables disagree, so every conversion names the one it used
/// and values from different tables are never blended into one factor (clinical.md §2.1).
/// </summary>
public enum BenzodiazepineTable
{
    /// <summary>Ashton Manual column of ASAM 2025 Table 7 (per 10 mg diazepam). The default.</summary>
    Ashton,

    /// <summary>VA/DoD SUD CPG 2021 column of ASAM 2025 Table 7 (per 10 mg diazepam).</summary>
    VaDod,

    /// <summary>NHS Scotland switching table (per 5 mg diazepam); the only one with z-drugs.</summary>
    NhsScotland,
}
