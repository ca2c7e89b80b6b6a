namespace Lantern.Clinical.Tapering;

// Practical dosing: which form each proposed step is measured in, and the dose that form can give within the pace.
// Antidepressants move from tablets or capsules to the finest licensed liquid at the first step they cannot give
// (NICE NG222 1.4.17), or to a pharmacy-made strength when no licensed liquid exists, and never move back, so the
// plan reads as phases. With no last dose chosen, the plan ends once the liquid cannot measure the next step.
public static partial class TaperPlanner
{
    private const string NeedsLiquidOrCompounded = "needs a liquid or a compounded strength";
    private const string NeedsCompounded = "needs a strength a pharmacy makes up";
    private const string NeedsFinerMeasure = "smaller than the syringe's marks can measure at this pace";

    /// <summary>One proposed dose and how it is given.</summary>
    private sealed record Proposal(
        decimal DoseMg, PracticalDose? Practical, Formulation? MeasuredIn, bool NeedsFinerFormulation, bool NeedsFinerMeasuring, string? Note)
    {
        public static Proposal Stop { get; } = new(0m, null, null, false, false, null);
    }

    /// <summary>
    /// The dose for the next step, or null when the plan should stop here: its last dose was defaulted and the liquid
    /// cannot measure a step this small within the pace ("the next step would be smaller than one mark").
    /// </summary>
    private static Proposal? ChooseDose(ResolvedRequest plan, TaperState state, FormTracker forms, decimal current, decimal exact, DateOnly date)
    {
        if (plan.Formulation is null)
        {
            // mg only: no product chosen, but the default end still follows the finest liquid's smallest measurable amount.
            return plan.MgOnlyMeasurableMg is { } unit && current - exact < unit - Tolerance
                ? null
                : new Proposal(exact, null, null, false, false, null);
        }

        if (forms.Kind == TaperPhaseKind.CompoundedStrength)
        {
            return new Proposal(exact, null, null, true, false, NeedsCompounded);
        }

        var form = forms.Current!;
        if (TryDeliver(plan, state, form, current, exact, date) is { } given)
        {
            return new Proposal(given.DoseMg, given, form, false, false, null);
        }

        if (!form.IsLiquid)
        {
            if (plan.Drug.Class.UsesBenzodiazepineRules())
            {
                // Benzodiazepines keep their earlier behaviour: the row keeps its computed dose and is flagged.
                return new Proposal(exact, null, null, true, false, NeedsLiquidOrCompounded);
            }

            if (plan.SwitchLiquid is null)
            {
                forms.Switch(TaperPhaseKind.CompoundedStrength, null);
                return new Proposal(exact, null, null, true, false, NeedsCompounded);
            }

            form = plan.SwitchLiquid;
            forms.Switch(TaperPhaseKind.Liquid, form);
            if (TryDeliver(plan, state, form, current, exact, date) is { } onLiquid)
            {
                return new Proposal(onLiquid.DoseMg, onLiquid, form, false, false, null);
            }
        }

        // On a liquid already: never "needs a liquid". Either the default end is reached, or the person's own last
        // dose is below what the marks can measure at this pace.
        return plan.EndAtMeasurableLimit ? null : new Proposal(exact, null, form, false, true, NeedsFinerMeasure);
    }

    /// <summary>
    /// The nearest dose the form can give if it keeps to the pace, otherwise the nearest gentler one (rounded up). For
    /// an assumed syringe the coarser marks are tried first, then the 0.02 mL marks, whose rounded-up dose is always the
    /// closest gentler one. Last, the dose just below: it can only keep to the pace when the step lands on a chosen
    /// last dose the form cannot give exactly (e.g. 25 mg as 1.24 mL of 20 mg/mL), never to make a step bigger.
    /// </summary>
    private static PracticalDose? TryDeliver(ResolvedRequest plan, TaperState state, Formulation form, decimal current, decimal exact, DateOnly date)
    {
        IReadOnlyList<decimal> marks = form.IsLiquid && form.Kind != FormulationKind.OralDrops
            ? plan.Measure.MarksFor(exact / form.ConcentrationMgPerMl!.Value)
            : [plan.Measure.FinestMarkMl]; // not used by drops or solids
        var candidates = marks.Select(mark => DoseRounding.Round(exact, form, mark))
            .Append(DoseRounding.RoundUp(exact, form, marks[^1]))
            .Append(DoseRounding.RoundDown(exact, form, marks[^1]));
        return candidates.FirstOrDefault(c => c.DoseMg > 0m && c.DoseMg < current && WithinPace(plan, state, current, c.DoseMg, date));
    }

    /// <summary>The product amount for a recorded dose, when the chosen form or the plan's liquid gives it exactly.</summary>
    private static PracticalDose? ExactAmount(ResolvedRequest plan, decimal dose)
    {
        if (dose <= 0m)
        {
            return null;
        }

        foreach (var form in new[] { plan.Formulation, plan.SwitchLiquid })
        {
            if (form is not null && DoseRounding.Round(dose, form, plan.Measure.FinestMarkMl) is { } practical && practical.DoseMg == dose)
            {
                return practical;
            }
        }

        return null;
    }

    /// <summary>Keeps the form in use and records each run of steps in one form as a phase.</summary>
    private sealed class FormTracker(ResolvedRequest plan)
    {
        private readonly List<(TaperPhaseKind Kind, Formulation? Form, int First, int Last, DateOnly Date)> _phases = [];

        public Formulation? Current { get; private set; } = plan.Formulation;

        public TaperPhaseKind Kind { get; private set; } = TaperPhaseKind.ChosenForm;

        private bool _switched;

        public void Switch(TaperPhaseKind kind, Formulation? form)
        {
            Kind = kind;
            Current = form;
            _switched = true;
        }

        /// <summary>Counts a proposed step into the current phase, starting a new one after a switch.</summary>
        public void Add(int number, DateOnly date)
        {
            // Phases are kept for antidepressants with a chosen form; benzodiazepine rows keep their own flags.
            if (plan.Formulation is null || plan.Drug.Class.UsesBenzodiazepineRules())
            {
                return;
            }

            if (_phases.Count == 0 || _switched)
            {
                _phases.Add((Kind, Kind == TaperPhaseKind.CompoundedStrength ? null : Current, number, number, date));
                _switched = false;
                return;
            }

            _phases[^1] = _phases[^1] with { Last = number };
        }

        public IEnumerable<TaperPhase> Phases => _phases.Select(p => new TaperPhase(p.First, p.Last, p.Date, p.Kind, p.Form, PhaseText(plan, p.Kind, p.Form, p.First, p.Last, p.Date)));
    }

    private static string PhaseText(ResolvedRequest plan, TaperPhaseKind kind, Formulation? form, int first, int last, DateOnly date)
    {
        var steps = first == last ? $"Step {first}" : $"Steps {first} to {last}";
        var chosen = TaperWarnings.Lower(plan.Formulation!.Description);
        return kind switch
        {
            TaperPhaseKind.ChosenForm => $"{steps}: {chosen}.",
            TaperPhaseKind.Liquid =>
                $"From step {first} ({Iso(date)}), use the {TaperWarnings.Lower(form!.Description)}: the {chosen} can't give steps this small. "
                    + "Your prescriber needs to prescribe it.",
            TaperPhaseKind.CompoundedStrength =>
                $"From step {first} ({Iso(date)}), the steps are smaller than the {chosen} can give, and Lantern found no licensed "
                    + $"liquid of {plan.Drug.DisplayName.ToLowerInvariant()}: they need a strength a pharmacy makes up (compounded), shown here in mg.",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
