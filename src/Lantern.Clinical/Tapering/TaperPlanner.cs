using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

/// <summary>
/// Builds a taper schedule from a <see cref="TaperRequest"/>. Pure: dates come in, nothing is stored.
/// <list type="bullet">
/// <item>Proportional (NICE NG222 1.4.17): each step cuts a percentage of the previous dose, down to a final dose, then stops.</item>
/// <item>Occupancy (opt-in, SECONDARY parameters): equal drops in estimated SERT occupancy.</item>
/// <item>Benzodiazepine (ASAM 2025): proportional steps never faster than 25 % per 2 weeks, with a target-date mode.</item>
/// </list>
/// Recorded events (step taken, hold, slow down, step back) come first and the rest is recomputed from the dose
/// actually taken. Steps are rounded to the chosen formulation only when it can give them within the pace;
/// otherwise the step keeps its computed dose and is flagged as needing a liquid or compounded strength.
/// </summary>
[Source(nameof(Refs.NiceNg222))]
[Source(nameof(Refs.Asam2025BenzodiazepineTaper))]
[Source(nameof(Refs.LanternTaperPolicy))]
public static partial class TaperPlanner
{
    public const decimal MinStepPercent = 5m;
    public const decimal MaxStepPercent = 50m;
    public const int MinIntervalDays = 7;
    public const int MaxIntervalDays = 90;

    [Source(nameof(Refs.LanternTaperPolicy))]
    public const decimal DefaultStepPercent = 10m;

    [Source(nameof(Refs.LanternTaperPolicy))]
    public const int DefaultIntervalDays = 28;

    /// <summary>Between steps in target-date mode when none is given: ASAM's shortest usual interval.</summary>
    [Source(nameof(Refs.LanternTaperPolicy))]
    public const int DefaultTargetDateIntervalDays = BenzodiazepinePace.UsualMinIntervalDays;

    [Source(nameof(Refs.LanternTaperPolicy))]
    public const decimal DefaultOccupancyDropPoints = 10m;

    public const decimal MinOccupancyDropPoints = 1m;
    public const decimal MaxOccupancyDropPoints = 20m;

    /// <summary>A step that cuts more than this percent of the dose is pointed out (NICE's largest example is 50 %).</summary>
    [Source(nameof(Refs.LanternTaperPolicy))]
    public const decimal LargeStepPercent = 50m;

    /// <summary>Catches typing slips (e.g. micrograms typed as mg); not a clinical limit.</summary>
    public const decimal MaxPlausibleDoseMg = 1000m;

    /// <summary>A schedule never grows past this many rows; a plan that long needs rethinking with a prescriber.</summary>
    public const int MaxSteps = 500;

    public const decimal MinLiquidIncrementMl = 0.01m;
    public const decimal MaxLiquidIncrementMl = 1m;

    public const string CompoundedLiquid = "compounded-liquid";
    public const string CompoundedCapsules = "compounded-capsules";

    /// <summary>
    /// Computed doses are kept to the nanogram, rounded up so a step is never bigger than asked. Coarser rounding
    /// (e.g. to the microgram) drifts the occupancy ladder by a few hundredths of a point per step.
    /// </summary>
    private const decimal DosePrecision = 1_000_000m;

    private const decimal Tolerance = 0.000001m;

    /// <summary>Every problem with the request, each naming its JSON field; empty when a plan can be made.</summary>
    public static IReadOnlyList<InputError> Validate(TaperRequest? request)
    {
        var errors = new List<InputError>();
        var resolved = Resolve(request, errors);
        if (resolved is not null)
        {
            Replay(resolved, errors);
        }

        return errors;
    }

    /// <summary>Plans the taper.</summary>
    /// <exception cref="ClinicalInputException">The request is not valid; every problem is listed.</exception>
    public static TaperSchedule Plan(TaperRequest request)
    {
        var errors = new List<InputError>();
        var plan = Resolve(request, errors);
        InputErrors.ThrowIfAny(errors);

        var state = Replay(plan!, errors);
        InputErrors.ThrowIfAny(errors);

        var target = plan!.TargetDate is not null ? AssessTargetDate(plan) : null;
        if (target is { Feasibility: TargetDateFeasibility.ReachableWithFasterSteps })
        {
            state.StepPercent = target.RequiredStepPercent;
        }

        ProposeSteps(plan, state, request.SymptomsTolerable);
        return Build(plan, state, target, request.SymptomsTolerable);
    }

    private static TaperSchedule Build(ResolvedRequest plan, TaperState state, TargetDateAssessment? target, bool? symptomsTolerable)
    {
        // With the end found by the liquid's measuring limit, the last dose is whatever the plan stopped from.
        var finalDose = plan.EndAtMeasurableLimit && state.Steps.Count > 0 && state.Steps[^1].Kind == TaperStepKind.Stop
            ? (state.Steps.Count > 1 ? state.Steps[^2].DoseMg : plan.CurrentDoseMg)
            : plan.FinalDoseMg;
        var finalStep = FinalStepOf(plan, state);
        var context = new TaperWarningContext(
            plan.Drug, plan.Method, plan.Formulation, plan.Measure, plan.OccupancySet, plan.DiazepamEquivalent, target, state.Steps,
            state.Phases, finalStep, plan.FinalDoseDefaulted ? DefaultEndOf(plan, finalDose) : null, state.StepPercent, plan.IntervalDays,
            state.RecordedOverAsamLimit, state.ReachedStepCap, symptomsTolerable);
        var warnings = TaperWarnings.For(context);

        var sources = warnings.SelectMany(w => w.Sources)
            .Concat(plan.Method switch
            {
                TaperMethod.Proportional => [Refs.NiceNg222, Refs.NiceQs8],
                TaperMethod.Occupancy => [Refs.Horowitz2019, Refs.Sorensen2022, plan.OccupancySet!.Source, Refs.NiceQs8],
                TaperMethod.Benzodiazepine => [Refs.Asam2025BenzodiazepineTaper, plan.DiazepamEquivalent!.Source],
                _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.Method, null),
            })
            .Distinct()
            .ToArray();

        return new TaperSchedule(
            plan.Drug, plan.Method, plan.CurrentDoseMg, state.StepPercent, plan.IntervalDays, finalDose, plan.Formulation,
            state.Steps, warnings, sources, plan.OccupancySet,
            plan.Method == TaperMethod.Occupancy ? state.OccupancyDropPoints : null,
            plan.DiazepamEquivalent, target, HoldRule.Advise(symptomsTolerable), state.Phases, finalStep, plan.Measure);
    }

    private static DefaultEnd DefaultEndOf(ResolvedRequest plan, decimal finalDose)
    {
        var liquid = plan.Formulation is { IsLiquid: true } ? plan.Formulation : plan.SwitchLiquid;
        return plan.EndAtMeasurableLimit && liquid is not null
            ? new DefaultEnd(finalDose, liquid, plan.Measure.SmallestMeasurableMg(liquid))
            : new DefaultEnd(finalDose, null, null);
    }

    /// <summary>
    /// Antidepressants: the last step (the stop) next to the plan's typical step, the median of its proposed cuts, in
    /// percent and, where the medicine has an occupancy parameter set (all SECONDARY), in estimated occupancy points.
    /// </summary>
    [Source(nameof(Refs.LanternTaperPolicy))]
    private static TaperFinalStep? FinalStepOf(ResolvedRequest plan, TaperState state)
    {
        if (plan.Drug.Class.UsesBenzodiazepineRules() || state.Steps.Count == 0 || state.Steps[^1] is not { Kind: TaperStepKind.Stop } stop)
        {
            return null;
        }

        var from = state.Steps.Count > 1 ? state.Steps[^2].DoseMg : plan.CurrentDoseMg;
        var set = plan.OccupancySet ?? OccupancyParameterSets.DefaultFor(plan.Drug.Name);
        var cuts = new List<(decimal Before, decimal After)>();
        var previous = plan.CurrentDoseMg;
        foreach (var step in state.Steps)
        {
            if (step.Kind == TaperStepKind.Planned)
            {
                cuts.Add((previous, step.DoseMg));
            }

            previous = step.DoseMg;
        }

        decimal? typicalPercent = cuts.Count > 0
            ? Median(cuts.Select(c => ExactCutPercent(c.Before, c.After)))
            : plan.Method == TaperMethod.Proportional ? state.StepPercent : null;
        decimal? typicalPoints = set is null ? null
            : cuts.Count > 0 ? Median(cuts.Select(c => set.OccupancyPercent(c.Before) - set.OccupancyPercent(c.After)))
            : plan.Method == TaperMethod.Occupancy ? state.OccupancyDropPoints : null;
        decimal? points = set?.OccupancyPercent(from);

        var larger = points is { } p && typicalPoints is { } t
            ? Round2(p) > Round2(t)
            : typicalPercent is not { } typical || typical < 100m;
        return new TaperFinalStep(stop.Date, from, 100m, Round2(points), Round2(typicalPercent), Round2(typicalPoints), points is null ? null : set, larger);
    }

    private static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    private static decimal? Round2(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
