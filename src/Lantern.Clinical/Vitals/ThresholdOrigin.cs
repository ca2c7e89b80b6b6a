namespace Lantern.Clinical.Vitals;

/// <summary>Where a person's dosing-day thresholds came from, so the UI can say so honestly.</summary>
public enum ThresholdOrigin
{
    /// <summary>Lantern's defaults, taken from the ACC/AHA 2017 categories (not a ketamine-specific cut-off).</summary>
    AccAha2017Default,

    /// <summary>Set for this person by their clinician.</summary>
    ClinicianOverride,
}
