namespace Lantern.Clinical.Tapering;

/// <summary>One row of a taper schedule.</summary>
/// <param name="Number">1-based position in the schedule.</param>
/// <param name="DoseMg">Daily dose from <paramref name="Date"/>, in mg: the rounded dose when the formulation can give the step, otherwise the computed dose.</param>
/// <param name="DoseDisplay">The dose in words for a table or printout, e.g. "15 mg (1½ × 10 mg tablet)".</param>
/// <param name="Practical">What to take with the chosen formulation; null when none was chosen or the step needs a finer one.</param>
/// <param name="OccupancyPercent">Estimated SERT occupancy at this dose (occupancy method only); see the schedule's parameter-set status.</param>
/// <param name="ReductionPercent">Cut from the previous dose in percent; negative for a step back.</param>
/// <param name="NeedsFinerFormulation">The chosen formulation cannot give this step: it needs a liquid or a compounded strength.</param>
/// <param name="GoAheadOnlyIfSymptomsTolerable">The hold rule: make this reduction only if withdrawal symptoms are resolved or tolerable.</param>
/// <param name="HoldSuggested">The latest check-in said symptoms are not tolerable, so holding is suggested instead of this step.</param>
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
    bool HoldSuggested)
{
    public string KindCode => Kind.ToCode();
}
