namespace Lantern.Clinical.Tapering;

/// <summary>
/// A taper plan to discuss with a prescriber. Recorded events come first, then proposed steps, ending with the stop.
/// </summary>
/// <param name="Formulation">The form the person chose; null when shown in mg only. Proposed steps may move on to a liquid (see <paramref name="Phases"/>).</param>
/// <param name="OccupancyParameters">Occupancy method only: the parameter set used. Show its status wherever occupancy appears.</param>
/// <param name="DiazepamEquivalent">Benzodiazepines only: the current dose in approximate diazepam mg/day.</param>
/// <param name="TargetDate">Benzodiazepines in target-date mode: whether the target is reachable in time.</param>
/// <param name="NextStepAdvice">The hold rule's answer for the next proposed step.</param>
/// <param name="Phases">Antidepressants with a chosen form: the runs of proposed steps in each form, in order.</param>
/// <param name="FinalStep">Antidepressants: the last step's size next to the typical step; null for benzodiazepines or without a stop.</param>
/// <param name="LiquidMeasure">How finely liquids are measured in this plan, and whether Lantern assumed it.</param>
public sealed record TaperSchedule(
    TaperDrug Drug,
    TaperMethod Method,
    decimal StartingDoseMg,
    decimal StepPercent,
    int IntervalDays,
    decimal FinalDoseMg,
    Formulation? Formulation,
    IReadOnlyList<TaperStep> Steps,
    IReadOnlyList<TaperWarning> Warnings,
    IReadOnlyList<Source> Sources,
    OccupancyParameterSet? OccupancyParameters,
    decimal? OccupancyDropPoints,
    DiazepamEquivalentResult? DiazepamEquivalent,
    TargetDateAssessment? TargetDate,
    HoldAdvice NextStepAdvice,
    IReadOnlyList<TaperPhase> Phases,
    TaperFinalStep? FinalStep,
    LiquidMeasure LiquidMeasure)
{
    public string MethodCode => Method.ToCode();

    public string NextStepAdviceCode => NextStepAdvice.ToCode();

    /// <summary>The evidence status to show next to occupancy figures; null when the method is not occupancy.</summary>
    public string? OccupancyStatusCode => OccupancyParameters?.StatusCode;
}
