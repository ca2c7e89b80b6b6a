using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

// Recorded events (step taken, hold, slow down, step back) replayed oldest first into the state proposals start from.
public static partial class TaperPlanner
{
    /// <summary>Where the taper stands after the recorded events, and the schedule so far.</summary>
    private sealed class TaperState
    {
        public required decimal CurrentDoseMg { get; set; }

        public required decimal StepPercent { get; set; }

        public required decimal OccupancyDropPoints { get; set; }

        public required DateOnly NextDue { get; set; }

        /// <summary>Doses before each reduction, so a step back returns to the one before the latest cut.</summary>
        public Stack<decimal> EarlierDoses { get; } = new();

        /// <summary>Every dose change by date, for the 2-week window check.</summary>
        public List<(DateOnly Date, decimal DoseMg)> Changes { get; } = [];

        public List<TaperStep> Steps { get; } = [];

        /// <summary>The runs of proposed steps in one form (antidepressants with a chosen form).</summary>
        public List<TaperPhase> Phases { get; } = [];

        public List<string> RecordedOverAsamLimit { get; } = [];

        public bool ReachedStepCap { get; set; }

        public decimal DoseInEffectOn(DateOnly date) => Changes.Last(c => c.Date <= date).DoseMg;
    }

    private static TaperState Replay(ResolvedRequest plan, List<InputError> errors)
    {
        var state = new TaperState
        {
            CurrentDoseMg = plan.CurrentDoseMg,
            StepPercent = plan.StepPercent,
            OccupancyDropPoints = plan.OccupancyDropPoints,
            NextDue = plan.StartDate,
        };
        state.Changes.Add((DateOnly.MinValue, plan.CurrentDoseMg));

        DateOnly? previous = null;
        for (var i = 0; i < plan.Events.Count; i++)
        {
            var field = $"events[{i}]";
            if (plan.Events[i] is not { } e)
            {
                errors.Add(new InputError(field, "Give the event's date and kind."));
                continue;
            }

            if (!Enum.IsDefined(e.Kind))
            {
                errors.Add(new InputError($"{field}.kind", $"Use one of: {string.Join(", ", TaperEventKinds.AcceptedCodes)}.", TaperEventKinds.AcceptedCodes));
                continue;
            }

            if (e.Date < plan.StartDate)
            {
                errors.Add(new InputError($"{field}.date", "An event cannot be before the taper's start date."));
                continue;
            }

            if (previous is { } p && e.Date < p)
            {
                errors.Add(new InputError($"{field}.date", "Give events oldest first."));
                continue;
            }

            previous = e.Date;
            ApplyEvent(plan, state, e, field, errors);
        }

        return state;
    }

    private static void ApplyEvent(ResolvedRequest plan, TaperState state, TaperEvent e, string field, List<InputError> errors)
    {
        var before = state.CurrentDoseMg;
        switch (e.Kind)
        {
            case TaperEventKind.StepTaken:
                if (e.DoseTakenMg is not { } taken || taken < 0m)
                {
                    errors.Add(new InputError($"{field}.doseTakenMg", "Give the daily dose you took from this date, in mg."));
                    return;
                }

                if (taken > before)
                {
                    errors.Add(new InputError($"{field}.doseTakenMg", $"{taken:0.###} mg is more than the {before:0.###} mg before it. To go back up, record a step-back."));
                    return;
                }

                if (plan.Method == TaperMethod.Benzodiazepine && taken < state.DoseInEffectOn(e.Date.AddDays(-BenzodiazepinePace.WindowDays)) * 0.75m - Tolerance && taken > 0m)
                {
                    state.RecordedOverAsamLimit.Add(e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                state.EarlierDoses.Push(before);
                SetDose(state, e.Date, taken);
                Record(plan, state, e.Date, TaperStepKind.Taken, taken, before);
                state.NextDue = e.Date.AddDays(plan.IntervalDays);
                break;

            case TaperEventKind.Hold:
                Record(plan, state, e.Date, TaperStepKind.Held, before, before);
                state.NextDue = e.Date.AddDays(plan.IntervalDays);
                break;

            case TaperEventKind.SlowDown:
                if (!ApplySlowDown(plan, state, e, field, errors))
                {
                    return;
                }

                Record(plan, state, e.Date, TaperStepKind.SlowedDown, before, before);
                if (state.NextDue < e.Date)
                {
                    state.NextDue = e.Date;
                }

                break;

            case TaperEventKind.StepBack:
                if (state.EarlierDoses.Count == 0)
                {
                    errors.Add(new InputError($"{field}.kind", "There is no earlier dose to go back to yet."));
                    return;
                }

                var back = state.EarlierDoses.Pop();
                SetDose(state, e.Date, back);
                Record(plan, state, e.Date, TaperStepKind.SteppedBack, back, before);
                state.NextDue = e.Date.AddDays(plan.IntervalDays);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, null);
        }
    }

    private static bool ApplySlowDown(ResolvedRequest plan, TaperState state, TaperEvent e, string field, List<InputError> errors)
    {
        if (plan.Method == TaperMethod.Occupancy)
        {
            if (e.OccupancyDropPoints is not { } drop || drop < MinOccupancyDropPoints || drop >= state.OccupancyDropPoints)
            {
                errors.Add(new InputError(
                    $"{field}.occupancyDropPoints",
                    $"Give a smaller drop than the current {state.OccupancyDropPoints:0.##} points, at least {MinOccupancyDropPoints}."));
                return false;
            }

            state.OccupancyDropPoints = drop;
            return true;
        }

        if (e.StepPercent is not { } percent || percent < MinStepPercent || percent >= state.StepPercent)
        {
            errors.Add(new InputError(
                $"{field}.stepPercent",
                $"Give a smaller step than the current {state.StepPercent:0.##} %, at least {MinStepPercent} %."));
            return false;
        }

        state.StepPercent = percent;
        return true;
    }

    private static void SetDose(TaperState state, DateOnly date, decimal dose)
    {
        state.CurrentDoseMg = dose;
        state.Changes.Add((date, dose));
    }

    private static void Record(ResolvedRequest plan, TaperState state, DateOnly date, TaperStepKind kind, decimal dose, decimal before)
    {
        // A recorded dose is what was taken: show it as given, with the product amount only when it matches exactly.
        var practical = ExactAmount(plan, dose);
        state.Steps.Add(new TaperStep(
            state.Steps.Count + 1, date, kind, dose, Display(dose, practical, note: null), practical,
            Occupancy(plan, dose), Reduction(before, dose), NeedsFinerFormulation: false,
            GoAheadOnlyIfSymptomsTolerable: false, HoldSuggested: false));
    }
}
