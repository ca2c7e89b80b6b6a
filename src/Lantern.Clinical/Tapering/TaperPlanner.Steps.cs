namespace Lantern.Clinical.Tapering;

// Proposed steps: the next exact dose for each method (proportional, occupancy, benzodiazepine) and its pace check.
public static partial class TaperPlanner
{
    private static void ProposeSteps(ResolvedRequest plan, TaperState state, bool? symptomsTolerable)
    {
        if (state.CurrentDoseMg <= 0m)
        {
            return; // already stopped
        }

        var date = state.NextDue;
        var first = true;
        while (true)
        {
            if (state.Steps.Count >= MaxSteps)
            {
                state.ReachedStepCap = true;
                return;
            }

            var current = state.CurrentDoseMg;
            var exact = NextExactDose(plan, state, current);
            if (current <= plan.FinalDoseMg + Tolerance || exact <= 0m)
            {
                AddProposal(plan, state, date, TaperStepKind.Stop, 0m, null, needsFiner: false, first && symptomsTolerable == false);
                return;
            }

            // The last reduction lands on the chosen final dose rather than below it.
            if (exact < plan.FinalDoseMg)
            {
                exact = plan.FinalDoseMg;
            }

            var dose = exact;
            PracticalDose? practical = null;
            var needsFiner = false;
            if (plan.Formulation is not null)
            {
                var rounded = DoseRounding.Round(exact, plan.Formulation, plan.LiquidIncrementMl);
                if (rounded.DoseMg > 0m && rounded.DoseMg < current && WithinPace(plan, state, current, rounded.DoseMg, date))
                {
                    dose = rounded.DoseMg;
                    practical = rounded;
                }
                else
                {
                    needsFiner = true;
                }
            }

            AddProposal(plan, state, date, TaperStepKind.Planned, dose, practical, needsFiner, first && symptomsTolerable == false);
            state.EarlierDoses.Push(current);
            SetDose(state, date, dose);
            date = date.AddDays(plan.IntervalDays);
            first = false;
        }
    }

    private static decimal NextExactDose(ResolvedRequest plan, TaperState state, decimal current)
    {
        decimal exact;
        if (plan.Method == TaperMethod.Occupancy)
        {
            var set = plan.OccupancySet!;
            var target = set.OccupancyPercent(current) - state.OccupancyDropPoints;
            exact = target <= 0m ? 0m : set.DoseForOccupancy(target);
        }
        else
        {
            exact = current * (1m - (state.StepPercent / 100m));
        }

        // Rounded up to the nanogram so a computed step is never bigger than the method asked for.
        return Math.Ceiling(exact * DosePrecision) / DosePrecision;
    }

    /// <summary>True when a rounded dose keeps to the method's pace (and, for benzodiazepines, ASAM's 2-week ceiling).</summary>
    private static bool WithinPace(ResolvedRequest plan, TaperState state, decimal current, decimal dose, DateOnly date)
    {
        switch (plan.Method)
        {
            case TaperMethod.Occupancy:
                var set = plan.OccupancySet!;
                return set.OccupancyPercent(current) - set.OccupancyPercent(dose) <= state.OccupancyDropPoints + Tolerance;
            case TaperMethod.Proportional:
                return ExactCutPercent(current, dose) <= state.StepPercent + Tolerance;
            case TaperMethod.Benzodiazepine:
                var twoWeeksEarlier = state.DoseInEffectOn(date.AddDays(-BenzodiazepinePace.WindowDays));
                return ExactCutPercent(current, dose) <= state.StepPercent + Tolerance
                    && dose >= (twoWeeksEarlier * (1m - (BenzodiazepinePace.MaxPercentPerWindow / 100m))) - Tolerance;
            default:
                throw new ArgumentOutOfRangeException(nameof(plan), plan.Method, null);
        }
    }

    private static void AddProposal(
        ResolvedRequest plan, TaperState state, DateOnly date, TaperStepKind kind, decimal dose, PracticalDose? practical, bool needsFiner, bool holdSuggested)
    {
        state.Steps.Add(new TaperStep(
            state.Steps.Count + 1, date, kind, dose, Display(dose, practical, needsFiner), practical,
            Occupancy(plan, dose), Reduction(state.CurrentDoseMg, dose), needsFiner,
            GoAheadOnlyIfSymptomsTolerable: true, holdSuggested));
    }

    private static decimal? Occupancy(ResolvedRequest plan, decimal dose) =>
        plan.OccupancySet is { } set ? Math.Round(set.OccupancyPercent(dose), 2, MidpointRounding.AwayFromZero) : null;

    // Unrounded: the 2-decimal figure shown to people can hide a cut just over the limit.
    private static decimal ExactCutPercent(decimal before, decimal after) => (before - after) / before * 100m;

    private static decimal Reduction(decimal before, decimal after) =>
        before <= 0m ? 0m : Math.Round((before - after) / before * 100m, 2, MidpointRounding.AwayFromZero);

    private static string Display(decimal dose, PracticalDose? practical, bool needsFiner)
    {
        if (dose == 0m)
        {
            return "Stop (0 mg)";
        }

        var mg = $"{DoseRounding.Mg(dose)} mg";
        if (needsFiner)
        {
            return $"{mg}: needs a liquid or a compounded strength";
        }

        return practical is { Amount.Length: > 0 } ? $"{mg} ({practical.Amount})" : mg;
    }
}
