using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

/// <summary>
/// The Emax (Michaelis-Menten) model of serotonin-transporter occupancy, occ = Emax·d / (ED50 + d), and its inverse
/// d = ED50·occ / (Emax − occ). The form is the standard model named by Sørensen 2022; the numbers it is fed with are
/// only as good as the parameter set (clinical.md §1.1, §1.6 A).
/// </summary>
[Source(nameof(Refs.Sorensen2022))]
[Source(nameof(Refs.Horowitz2019))]
public static class OccupancyModel
{
    /// <summary>Estimated occupancy in percent for a daily dose in mg.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative dose or a parameter that is not positive.</exception>
    public static decimal OccupancyPercent(decimal emaxPercent, decimal ed50Mg, decimal doseMg)
    {
        CheckParameters(emaxPercent, ed50Mg);
        ArgumentOutOfRangeException.ThrowIfNegative(doseMg);
        return emaxPercent * doseMg / (ed50Mg + doseMg);
    }

    /// <summary>The dose in mg that gives a target occupancy. Defined only for 0 ≤ occupancy &lt; Emax.</summary>
    /// <exception cref="ClinicalInputException">The target is at or above Emax (no dose reaches it) or negative.</exception>
    public static decimal DoseForOccupancy(decimal emaxPercent, decimal ed50Mg, decimal occupancyPercent, string field = "occupancyPercent")
    {
        CheckParameters(emaxPercent, ed50Mg);
        if (occupancyPercent < 0m)
        {
            throw new ClinicalInputException(new InputError(field, "An occupancy target cannot be negative."));
        }

        if (occupancyPercent >= emaxPercent)
        {
            // The hyperbola only approaches Emax, so no finite dose reaches it.
            throw new ClinicalInputException(new InputError(
                field, $"An occupancy of {occupancyPercent:0.##} % is at or above this model's maximum ({emaxPercent:0.##} %), so no dose reaches it."));
        }

        return ed50Mg * occupancyPercent / (emaxPercent - occupancyPercent);
    }

    private static void CheckParameters(decimal emaxPercent, decimal ed50Mg)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(emaxPercent);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ed50Mg);
    }
}
