namespace Lantern.Clinical.Vitals;

/// <summary>ACC/AHA 2017 adult blood-pressure categories (clinical.md §8). When the two numbers disagree, the higher category applies.</summary>
public enum BloodPressureCategory
{
    Normal,
    Elevated,
    Stage1Hypertension,
    Stage2Hypertension,
    HypertensiveCrisis,
}
