namespace Lantern.Clinical.Tapering;

/// <summary>
/// The size of the last step (stopping) next to the plan's typical step, so a large final jump is visible. Stopping
/// always removes 100 % of the dose before it; where an occupancy parameter set exists for the medicine the drop is also
/// estimated in occupancy points, always with that set's (secondary) status.
/// </summary>
/// <param name="FromDoseMg">The dose the last step stops from.</param>
/// <param name="PercentOfPreviousDose">Always 100: stopping removes the whole remaining dose.</param>
/// <param name="OccupancyPoints">Estimated occupancy at <paramref name="FromDoseMg"/>, i.e. the drop when stopping; null without a parameter set.</param>
/// <param name="TypicalStepPercent">The median cut of the proposed steps before it, in percent of the dose before each; null when there are none.</param>
/// <param name="TypicalStepOccupancyPoints">The median estimated occupancy drop of those steps; null without a parameter set or steps.</param>
/// <param name="OccupancyParameters">The set the estimates come from; show its status wherever the points appear.</param>
/// <param name="LargerThanTypical">Compared in occupancy points when both are known, otherwise in percent of the previous dose.</param>
public sealed record TaperFinalStep(
    DateOnly Date,
    decimal FromDoseMg,
    decimal PercentOfPreviousDose,
    decimal? OccupancyPoints,
    decimal? TypicalStepPercent,
    decimal? TypicalStepOccupancyPoints,
    OccupancyParameterSet? OccupancyParameters,
    bool LargerThanTypical)
{
    /// <summary>The last step in plain words, e.g. "Stop from 3.6 mg: 100 % of the dose, where earlier steps typically cut 8 %. ...".</summary>
    public string Text
    {
        get
        {
            var text = $"Stop from {DoseRounding.Mg(FromDoseMg)} mg: 100 % of the dose"
                + (TypicalStepPercent is { } typical ? $", where earlier steps typically cut {Percent(typical)} %." : ".");
            if (OccupancyPoints is { } points && OccupancyParameters is not null)
            {
                text += $" Estimated occupancy falls about {Points(points)} points"
                    + (TypicalStepOccupancyPoints is { } typicalPoints ? $", against about {Points(typicalPoints)} for a typical step" : string.Empty)
                    + " (model figures seen only in a secondary source, not yet checked against the original).";
            }

            return text;
        }
    }

    private static string Percent(decimal value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    private static string Points(decimal value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
