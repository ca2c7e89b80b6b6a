namespace Lantern.Clinical.Tapering;

/// <summary>How the steps of a taper are sized.</summary>
public enum TaperMethod
{
    /// <summary>Each step is a percentage of the previous dose (NICE NG222 1.4.17). The default for antidepressants.</summary>
    Proportional,

    /// <summary>Equal drops in estimated SERT occupancy (hyperbolic). Opt-in: its parameters are SECONDARY.</summary>
    Occupancy,

    /// <summary>Proportional steps held to ASAM 2025's pace limits. The only method for benzodiazepines and z-drugs.</summary>
    Benzodiazepine,
}
