namespace Lantern.Clinical.Tapering;

// Proposed steps: the next exact dose for each method (proportional, occupancy, benzodiazepine) and its pace check.
public static partial class TaperPlanner
{
    [Source(nameof(Refs.NiceNg222))]
    [Source(nameof(Refs.Horowitz2019))]
    [Source(nameof(Refs.LanternTaperPolicy))]
    private static void ProposeSteps(ResolvedRequest plan, TaperState state, bool? symptomsTolerable)
    {
        if (state.CurrentDoseMg <= 0m)
        {
            return; // already stopped
        }

        var date = state.NextDue;
        var first = true;
        var forms = new FormTracker(plan);
        while (true)
        {
            if (state.Steps.Count >= MaxSteps)
            {
                state.ReachedStepCap = true;
                break;
            }

            var current = state.CurrentDoseMg;
            var exact = NextExactDose(plan, state, current);
            var proposal = current <= plan.FinalDoseMg + Tolerance || exact <= 0m
                ? null
                : ChooseDose(plan, state, forms, current, Math.Max(exact, plan.FinalDoseMg), date); // the last cut lands on a chosen final dose
            if (proposal is null)
            {
                AddProposal(plan, state, date, TaperStepKind.Stop, Proposal.Stop, first && symptomsTolerable == false);
                break;
            }

            forms.Add(state.Steps.Count + 1, date);
            AddProposal(plan, state, date, TaperStepKind.Planned, proposal, first && symptomsTolerable == false);
            state.EarlierDoses.Push(current);
            SetDose(state, date, proposal.DoseMg);
            date = date.AddDays(plan.IntervalDays);
            first = false;
        }

        state.Phases.AddRange(forms.Phases);
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

    private static void AddProposal(ResolvedRequest plan, TaperState state, DateOnly date, TaperStepKind kind, Proposal proposal, bool holdSuggested)
    {
        state.Steps.Add(new TaperStep(
            state.Steps.Count + 1, date, kind, proposal.DoseMg, Display(proposal.DoseMg, proposal.Practical, proposal.Note), proposal.Practical,
            Occupancy(plan, proposal.DoseMg), Reduction(state.CurrentDoseMg, proposal.DoseMg), proposal.NeedsFinerFormulation,
            GoAheadOnlyIfSymptomsTolerable: true, holdSuggested, proposal.MeasuredIn, proposal.NeedsFinerMeasuring));
    }

    private static decimal? Occupancy(ResolvedRequest plan, decimal dose) =>
        plan.OccupancySet is { } set ? Math.Round(set.OccupancyPercent(dose), 2, MidpointRounding.AwayFromZero) : null;

    // Unrounded: the 2-decimal figure shown to people can hide a cut just over the limit.
    private static decimal ExactCutPercent(decimal before, decimal after) => (before - after) / before * 100m;

    private static decimal Reduction(decimal before, decimal after) =>
        before <= 0m ? 0m : Math.Round((before - after) / before * 100m, 2, MidpointRounding.AwayFromZero);

    private static string Display(decimal dose, PracticalDose? practical, string? note)
    {
        if (dose == 0m)
        {
            return "Stop (0 mg)";
        }

        var mg = $"{DoseRounding.Mg(dose)} mg";
        if (note is not null)
        {
            return $"{mg}: {note}";
        }

        return practical is { Amount.Length: > 0 } ? $"{mg} ({practical.Amount})" : mg;
    }
}
