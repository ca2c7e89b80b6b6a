namespace Lantern.Clinical.Tapering;

/// <summary>
/// The answer to "can I be on <see cref="TargetDoseMg"/> by <see cref="TargetDate"/> (e.g. a ketamine start)?".
/// Computed on exact doses before rounding to a formulation.
/// </summary>
/// <param name="Reductions">How many reductions fit between the start date and the target date, the first on the start date.</param>
/// <param name="RequiredStepPercent">The cut of the previous dose each reduction would need.</param>
/// <param name="EarliestDateWithinAsamLimit">When the date is not reachable: the earliest date with 25 % cuts every 2 weeks.</param>
/// <param name="EarliestDateAtUsualPace">The earliest date at ASAM's usual initial pace (10 % every 2 weeks).</param>
/// <param name="TargetDiazepamEquivalentMg">The target dose in approximate diazepam mg/day.</param>
/// <param name="TargetAboveKetamineStudyCutOff">True when the target is still above the study-derived 8 mg diazepam-equivalent (informational only).</param>
public sealed record TargetDateAssessment(
    DateOnly TargetDate,
    decimal TargetDoseMg,
    int IntervalDays,
    int Reductions,
    decimal RequiredStepPercent,
    TargetDateFeasibility Feasibility,
    string Summary,
    DateOnly? EarliestDateWithinAsamLimit,
    DateOnly EarliestDateAtUsualPace,
    DoseRange TargetDiazepamEquivalentMg,
    bool TargetAboveKetamineStudyCutOff)
{
    public string FeasibilityCode => Feasibility switch
    {
        TargetDateFeasibility.ReachableAtChosenPace => "reachable-at-chosen-pace",
        TargetDateFeasibility.ReachableWithFasterSteps => "reachable-with-faster-steps",
        TargetDateFeasibility.BreaksAsamLimit => "breaks-asam-limit",
        _ => throw new ArgumentOutOfRangeException(nameof(Feasibility), Feasibility, null),
    };
}
