namespace Lantern.Clinical.Tapering;

/// <summary>
/// A dose rounded to what one formulation can give.
/// </summary>
/// <param name="DoseMg">The dose actually measured out, in mg.</param>
/// <param name="RequestedMg">The dose asked for before rounding.</param>
/// <param name="SmallestUnitMg">The smallest step this formulation can give; rounding moves a dose by at most half of it.</param>
/// <param name="Amount">What to take, e.g. "1½ × 20 mg tablet" or "2.5 mL"; empty for a zero dose.</param>
/// <param name="VolumeMl">For liquids and drops, the volume in mL.</param>
/// <param name="Drops">For drops, the number of drops.</param>
public sealed record PracticalDose(
    decimal DoseMg,
    decimal RequestedMg,
    decimal SmallestUnitMg,
    string Amount,
    decimal? VolumeMl,
    int? Drops)
{
    /// <summary>How far rounding moved the dose, in mg (always ≥ 0).</summary>
    public decimal RoundingErrorMg => Math.Abs(DoseMg - RequestedMg);
}
