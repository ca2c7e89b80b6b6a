namespace Lantern.Clinical.Tapering;

/// <summary>One row of a taper schedule.</summary>
/// <param name="Number">1-based position in the schedule.</param>
/// <param name="DoseMg">Daily dose from <paramref name="Date"/>, in mg: the rounded dose when the formulation can give the step, otherwise the computed dose.</param>
/// <param name="DoseDisplay">The dose in words for a table or printout, e.g. "15 mg (1½ × 10 mg tablet)".</param>
/// <param name="Practical">What to take with <paramref name="MeasuredIn"/>; null when no product can give the step.</param>
/// <param name="OccupancyPercent">Estimated SERT occupancy at this dose (occupancy method only); see the schedule's parameter-set status.</param>
/// <param name="ReductionPercent">Cut from the previous dose in percent; negative for a step back.</param>
/// <param name="NeedsFinerFormulation">No product in the plan can give this step: it needs a liquid or a compounded strength. Never set on a liquid.</param>
/// <param name="GoAheadOnlyIfSymptomsTolerable">The hold rule: make this reduction only if withdrawal symptoms are resolved or tolerable.</param>
/// <param name="HoldSuggested">The latest check-in said symptoms are not tolerable, so holding is suggested instead of this step.</param>
/// <param name="MeasuredIn">The product this proposed step is measured in: the chosen form, or the liquid the plan moves to (see <see cref="TaperSchedule.Phases"/>); null for recorded rows, mg-only plans and steps no product can give.</param>
/// <param name="NeedsFinerMeasuring">The step is on a liquid but smaller than the syringe's marks can measure at this pace (only when the person chose the last dose).</param>
public sealed record TaperStep(
    int Number,
    DateOnly Date,
    TaperStepKind Kind,
    decimal DoseMg,
    string DoseDisplay,
    PracticalDose? Practical,
    decimal? OccupancyPercent,
    decimal ReductionPercent,
    bool NeedsFinerFormulation,
    bool GoAheadOnlyIfSymptomsTolerable,
    bool HoldSuggested,
    Formulation? MeasuredIn = null,
    bool NeedsFinerMeasuring = false)
{
    public string KindCode => Kind.ToCode();
}
