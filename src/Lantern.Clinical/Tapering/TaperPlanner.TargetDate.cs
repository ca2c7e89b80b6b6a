namespace Lantern.Clinical.Tapering;

// Target-date mode (benzodiazepines only): whether a target dose is reachable by a date within ASAM's limit.
public static partial class TaperPlanner
{
    [Source(nameof(Refs.Asam2025BenzodiazepineTaper))]
    [Source(nameof(Refs.Andrashko2020))]
    [Source(nameof(Refs.Feeney2023))]
    private static TargetDateAssessment AssessTargetDate(ResolvedRequest plan)
    {
        var target = plan.TargetDate!.Value;
        var days = target.DayNumber - plan.StartDate.DayNumber;
        var reductions = (days / plan.IntervalDays) + 1;
        var ratio = (double)(plan.FinalDoseMg / plan.CurrentDoseMg);
        var required = Math.Ceiling((decimal)(1.0 - Math.Pow(ratio, 1.0 / reductions)) * 10000m) / 10000m * 100m;

        var ceiling = BenzodiazepinePace.MaxStepPercentWithinCeiling(plan.IntervalDays);
        TargetDateFeasibility feasibility;
        if (required <= plan.StepPercent)
        {
            feasibility = TargetDateFeasibility.ReachableAtChosenPace;
        }
        else if (required <= ceiling)
        {
            feasibility = TargetDateFeasibility.ReachableWithFasterSteps;
        }
        else
        {
            feasibility = TargetDateFeasibility.BreaksAsamLimit;
        }

        var earliestWithinLimit = feasibility == TargetDateFeasibility.BreaksAsamLimit
            ? EarliestDate(plan, BenzodiazepinePace.MaxPercentPerWindow)
            : (DateOnly?)null;
        var earliestUsual = EarliestDate(plan, BenzodiazepinePace.UsualMaxStepPercent);

        var equivalent = DiazepamEquivalents.Convert(plan.Drug.Name, plan.FinalDoseMg, plan.Table).DiazepamMg;
        var above = equivalent.High > KetamineStudyCutOffDiazepamMg;

        var summary = feasibility switch
        {
            TargetDateFeasibility.ReachableAtChosenPace =>
                $"At {plan.StepPercent:0.##} % every {plan.IntervalDays} days you reach {DoseRounding.Mg(plan.FinalDoseMg)} mg by {Iso(target)}.",
            TargetDateFeasibility.ReachableWithFasterSteps =>
                $"To reach {DoseRounding.Mg(plan.FinalDoseMg)} mg by {Iso(target)} each step must cut {required:0.##} % every {plan.IntervalDays} days. "
                    + (required > BenzodiazepinePace.UsualMaxStepPercent || plan.IntervalDays < BenzodiazepinePace.UsualMinIntervalDays
                        ? "That is faster than ASAM's usual starting pace of 5-10 % every 2-4 weeks, though within its limit of 25 % every 2 weeks: discuss it with your prescriber."
                        : "That is within ASAM's usual pace."),
            TargetDateFeasibility.BreaksAsamLimit =>
                $"Reaching {DoseRounding.Mg(plan.FinalDoseMg)} mg by {Iso(target)} would need cuts of {required:0.##} % every {plan.IntervalDays} days, "
                    + $"which is faster than ASAM's limit of 25 % every 2 weeks. This is not a safe target date. The earliest date within that limit is "
                    + $"{Iso(earliestWithinLimit!.Value)}; at the usual pace of 10 % every 2 weeks it is {Iso(earliestUsual)}. "
                    + "Talk to your prescriber about moving the date.",
            _ => throw new ArgumentOutOfRangeException(nameof(plan), feasibility, null),
        };

        return new TargetDateAssessment(
            target, plan.FinalDoseMg, plan.IntervalDays, reductions,
            feasibility == TargetDateFeasibility.ReachableWithFasterSteps ? Math.Min(Math.Ceiling(required * 100m) / 100m, ceiling) : required,
            feasibility, summary, earliestWithinLimit, earliestUsual, equivalent, above);
    }

    /// <summary>Source: Andrashko 2020 / Feeney 2023 (clinical.md §2.3). Study-derived and informational, never a target.</summary>
    [Source(nameof(Refs.Andrashko2020))]
    [Source(nameof(Refs.Feeney2023))]
    public const decimal KetamineStudyCutOffDiazepamMg = 8m;

    /// <summary>First reduction on the start date, then one every 2 weeks of <paramref name="percent"/> until the final dose.</summary>
    private static DateOnly EarliestDate(ResolvedRequest plan, decimal percent)
    {
        var kept = 1m - (percent / 100m);
        var dose = plan.CurrentDoseMg;
        var reductions = 0;
        while (dose > plan.FinalDoseMg + Tolerance)
        {
            dose *= kept;
            reductions++;
        }

        return plan.StartDate.AddDays(Math.Max(0, reductions - 1) * BenzodiazepinePace.WindowDays);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
