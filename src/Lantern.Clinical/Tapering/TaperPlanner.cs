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
public static class TaperPlanner
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

    // ---------------------------------------------------------------- resolving and validating the request

    /// <summary>The request with defaults applied and names looked up.</summary>
    private sealed record ResolvedRequest(
        TaperDrug Drug,
        TaperMethod Method,
        decimal CurrentDoseMg,
        decimal StepPercent,
        int IntervalDays,
        DateOnly StartDate,
        decimal FinalDoseMg,
        bool FinalDoseDefaulted,
        Formulation? Formulation,
        decimal LiquidIncrementMl,
        DateOnly? TargetDate,
        OccupancyParameterSet? OccupancySet,
        decimal OccupancyDropPoints,
        DiazepamEquivalentResult? DiazepamEquivalent,
        BenzodiazepineTable? Table,
        IReadOnlyList<TaperEvent> Events);

    private static ResolvedRequest? Resolve(TaperRequest? request, List<InputError> errors)
    {
        if (request is null)
        {
            errors.Add(new InputError("input", "Give the medicine, current dose and start date."));
            return null;
        }

        var drug = DrugCatalogue.Find(request.Drug);
        if (drug is null)
        {
            errors.Add(new InputError(
                "drug",
                string.IsNullOrWhiteSpace(request.Drug)
                    ? "Give the medicine's generic name, e.g. sertraline."
                    : $"Unknown medicine '{request.Drug}'. Accepted: {string.Join(", ", DrugCatalogue.AcceptedNames)}.",
                DrugCatalogue.AcceptedNames));
        }

        if (request.CurrentDoseMg <= 0m || request.CurrentDoseMg > MaxPlausibleDoseMg)
        {
            errors.Add(new InputError("currentDoseMg", $"Give the total daily dose in mg, more than 0 and at most {MaxPlausibleDoseMg:0}."));
        }

        if (request.StartDate is null)
        {
            errors.Add(new InputError("startDate", "Give the date of the first reduction."));
        }

        var method = ResolveMethod(request.Method, drug, errors);
        var isBenzodiazepine = method == TaperMethod.Benzodiazepine;

        var interval = request.IntervalDays ?? (request.TargetDate is not null && isBenzodiazepine ? DefaultTargetDateIntervalDays : DefaultIntervalDays);
        if (interval is < MinIntervalDays or > MaxIntervalDays)
        {
            errors.Add(new InputError("intervalDays", $"Give the days between steps as a whole number from {MinIntervalDays} to {MaxIntervalDays}."));
        }

        var percent = request.StepPercent ?? DefaultStepPercent;
        CheckStepPercent(request, method, percent, interval, errors);

        var formulation = ResolveFormulation(request, drug, errors);
        var increment = request.LiquidIncrementMl ?? DoseRounding.DefaultLiquidIncrementMl;
        if (increment is < MinLiquidIncrementMl or > MaxLiquidIncrementMl)
        {
            errors.Add(new InputError("liquidIncrementMl", $"Give the smallest volume you can measure, from {MinLiquidIncrementMl} to {MaxLiquidIncrementMl} mL."));
        }

        var (occupancySet, drop) = ResolveOccupancy(request, drug, method, errors);
        var (final, defaulted) = ResolveFinalDose(request, drug, method, formulation, increment, errors);

        BenzodiazepineTable? table = null;
        DiazepamEquivalentResult? equivalent = null;
        if (isBenzodiazepine && drug is not null)
        {
            table = ResolveTable(request.EquivalenceTable, errors);
            if (request.CurrentDoseMg > 0m && request.CurrentDoseMg <= MaxPlausibleDoseMg)
            {
                equivalent = DiazepamEquivalents.Convert(drug.Name, request.CurrentDoseMg, table);
            }
        }
        else if (!string.IsNullOrWhiteSpace(request.EquivalenceTable))
        {
            errors.Add(new InputError("equivalenceTable", "A diazepam equivalence table is only used for benzodiazepines and z-drugs."));
        }

        CheckTargetDate(request, method, errors);

        if (errors.Count > 0 || drug is null || method is null)
        {
            return null;
        }

        return new ResolvedRequest(
            drug, method.Value, request.CurrentDoseMg, percent, interval, request.StartDate!.Value, final, defaulted,
            formulation, increment, request.TargetDate, occupancySet, drop, equivalent, table, request.Events ?? []);
    }

    private static TaperMethod? ResolveMethod(string? code, TaperDrug? drug, List<InputError> errors)
    {
        TaperMethod? method;
        if (string.IsNullOrWhiteSpace(code))
        {
            method = drug is null ? null : drug.Class.UsesBenzodiazepineRules() ? TaperMethod.Benzodiazepine : TaperMethod.Proportional;
        }
        else
        {
            method = TaperMethods.FromCode(code);
            if (method is null)
            {
                errors.Add(new InputError("method", $"Unknown method '{code}'. Use one of: {string.Join(", ", TaperMethods.AcceptedCodes)}.", TaperMethods.AcceptedCodes));
                return null;
            }
        }

        if (drug is not null && method is not null && drug.Class.UsesBenzodiazepineRules() != (method == TaperMethod.Benzodiazepine))
        {
            errors.Add(new InputError(
                "method",
                drug.Class.UsesBenzodiazepineRules()
                    ? $"{drug.DisplayName} is a {drug.ClassCode}: use the benzodiazepine method, which keeps to ASAM's limits."
                    : $"{drug.DisplayName} is an antidepressant: use the proportional or occupancy method.",
                drug.Class.UsesBenzodiazepineRules() ? ["benzodiazepine"] : ["proportional", "occupancy"]));
            return null;
        }

        return method;
    }

    private static void CheckStepPercent(TaperRequest request, TaperMethod? method, decimal percent, int interval, List<InputError> errors)
    {
        switch (method)
        {
            case TaperMethod.Occupancy:
                if (request.StepPercent is not null)
                {
                    errors.Add(new InputError("stepPercent", "The occupancy method sizes steps in occupancy points: use occupancyDropPoints instead."));
                }

                break;
            case TaperMethod.Benzodiazepine:
                if (percent < MinStepPercent || percent > BenzodiazepinePace.MaxStepPercent)
                {
                    errors.Add(new InputError("stepPercent", $"For a benzodiazepine give a step from {MinStepPercent} to {BenzodiazepinePace.MaxStepPercent} % of the previous dose (ASAM: usually 5-10 %)."));
                }
                else if (interval is >= MinIntervalDays and <= MaxIntervalDays && !BenzodiazepinePace.WithinCeiling(percent, interval))
                {
                    errors.Add(new InputError(
                        "stepPercent",
                        $"{percent:0.##} % every {interval} days cuts {BenzodiazepinePace.PercentPerWindow(percent, interval):0.#} % in 2 weeks; ASAM's limit is 25 % every 2 weeks. "
                            + $"At this interval the largest step is {BenzodiazepinePace.MaxStepPercentWithinCeiling(interval):0.##} %."));
                }

                break;
            case TaperMethod.Proportional:
            case null:
                if (percent < MinStepPercent || percent > MaxStepPercent)
                {
                    errors.Add(new InputError("stepPercent", $"Give a step from {MinStepPercent} to {MaxStepPercent} % of the previous dose."));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, null);
        }
    }

    private static Formulation? ResolveFormulation(TaperRequest request, TaperDrug? drug, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Formulation))
        {
            if (request.CompoundedStrengthMg is not null)
            {
                errors.Add(new InputError("compoundedStrengthMg", $"A compounded strength needs formulation '{CompoundedLiquid}' or '{CompoundedCapsules}'."));
            }

            return null;
        }

        if (drug is null)
        {
            return null;
        }

        var code = InputErrors.NormaliseName(request.Formulation);
        if (code is CompoundedLiquid or CompoundedCapsules)
        {
            var strength = request.CompoundedStrengthMg;
            if (strength is null || strength < 0.01m || strength > MaxPlausibleDoseMg || decimal.Round(strength.Value, 3) != strength)
            {
                errors.Add(new InputError(
                    "compoundedStrengthMg",
                    code == CompoundedLiquid
                        ? "Give the compounded liquid's strength in mg per mL (0.01 to 1000, at most 3 decimals)."
                        : "Give the compounded capsule's strength in mg (0.01 to 1000, at most 3 decimals)."));
                return null;
            }

            return Compounded(code, strength.Value);
        }

        var found = drug.Formulations.FirstOrDefault(f => f.Code == code);
        if (found is null)
        {
            IReadOnlyList<string> accepted = [.. drug.FormulationCodes, CompoundedLiquid, CompoundedCapsules];
            errors.Add(new InputError(
                "formulation",
                $"{drug.DisplayName} does not come in '{request.Formulation}' in Lantern's catalogue. Accepted: {string.Join(", ", accepted)}.",
                accepted));
        }
        else if (request.CompoundedStrengthMg is not null)
        {
            errors.Add(new InputError("compoundedStrengthMg", "A compounded strength is only used with a compounded formulation."));
        }

        return found;
    }

    private static readonly FormulationSource PersonsOwnCompoundedStrength = new(
        "Strength given by the person or their pharmacy", string.Empty, EvidenceStatus.LanternPolicy);

    private static Formulation Compounded(string code, decimal strength) => code == CompoundedLiquid
        ? new Formulation(code, FormulationKind.Compounded, $"Compounded liquid {DoseRounding.Mg(strength)} mg/mL", [], strength, null,
            [PersonsOwnCompoundedStrength], "A pharmacy has to make this up; ask whether it can, and how long it keeps.")
        : new Formulation(code, FormulationKind.Compounded, $"Compounded capsules {DoseRounding.Mg(strength)} mg", [new SolidStrength(strength)], null, null,
            [PersonsOwnCompoundedStrength], "A pharmacy has to make these up; ask whether it can.");

    private static (OccupancyParameterSet? Set, decimal Drop) ResolveOccupancy(TaperRequest request, TaperDrug? drug, TaperMethod? method, List<InputError> errors)
    {
        var drop = request.OccupancyDropPoints ?? DefaultOccupancyDropPoints;
        if (method != TaperMethod.Occupancy)
        {
            if (request.OccupancyParameterSet is not null)
            {
                errors.Add(new InputError("occupancyParameterSet", "A parameter set is only used by the occupancy method."));
            }

            if (request.OccupancyDropPoints is not null)
            {
                errors.Add(new InputError("occupancyDropPoints", "Occupancy points are only used by the occupancy method."));
            }

            return (null, drop);
        }

        if (drop < MinOccupancyDropPoints || drop > MaxOccupancyDropPoints)
        {
            errors.Add(new InputError("occupancyDropPoints", $"Give the drop per step from {MinOccupancyDropPoints} to {MaxOccupancyDropPoints} occupancy points."));
        }

        if (drug is null)
        {
            return (null, drop);
        }

        var available = OccupancyParameterSets.ForDrug(drug.Name);
        if (available.Count == 0)
        {
            errors.Add(new InputError("method", $"There is no occupancy model for {drug.DisplayName}; use the proportional method."));
            return (null, drop);
        }

        if (request.OccupancyParameterSet is null)
        {
            return (OccupancyParameterSets.DefaultFor(drug.Name), drop);
        }

        var set = available.FirstOrDefault(s => string.Equals(s.Code, request.OccupancyParameterSet.Trim(), StringComparison.OrdinalIgnoreCase));
        if (set is null)
        {
            IReadOnlyList<string> codes = [.. available.Select(s => s.Code)];
            errors.Add(new InputError("occupancyParameterSet", $"Unknown parameter set for {drug.DisplayName}. Accepted: {string.Join(", ", codes)}.", codes));
        }

        return (set, drop);
    }

    private static (decimal Final, bool Defaulted) ResolveFinalDose(
        TaperRequest request, TaperDrug? drug, TaperMethod? method, Formulation? formulation, decimal increment, List<InputError> errors)
    {
        if (request.FinalDoseMg is { } final)
        {
            if (final <= 0m || (request.CurrentDoseMg > 0m && final >= request.CurrentDoseMg))
            {
                errors.Add(new InputError("finalDoseMg", "Give a final dose in mg above 0 and below the current dose."));
            }

            return (final, false);
        }

        if (request.TargetDate is not null && method == TaperMethod.Benzodiazepine)
        {
            errors.Add(new InputError("finalDoseMg", "Give the dose you want to be on by the target date."));
            return (0m, false);
        }

        // The occupancy method ends by itself when the next drop would take estimated occupancy to zero.
        if (method == TaperMethod.Occupancy || drug is null)
        {
            return (0m, true);
        }

        // With no final dose chosen, taper to the smallest dose a product can give (Lantern policy), then stop.
        var candidates = formulation is not null ? [formulation] : drug.Formulations;
        if (candidates.Count == 0)
        {
            errors.Add(new InputError("finalDoseMg", $"We have no sourced strengths for {drug.DisplayName}, so give the final dose before stopping."));
            return (0m, false);
        }

        return (candidates.Min(f => f.SmallestUnitMg(increment)), true);
    }

    private static BenzodiazepineTable? ResolveTable(string? code, List<InputError> errors)
    {
        try
        {
            return BenzodiazepineTables.Parse(code, "equivalenceTable");
        }
        catch (ClinicalInputException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
    }

    private static void CheckTargetDate(TaperRequest request, TaperMethod? method, List<InputError> errors)
    {
        if (request.TargetDate is not { } target)
        {
            return;
        }

        if (method != TaperMethod.Benzodiazepine)
        {
            errors.Add(new InputError("targetDate", "Target-date mode is for benzodiazepines and z-drugs."));
        }
        else if (request.StartDate is { } start && target < start)
        {
            errors.Add(new InputError("targetDate", "The target date must be on or after the start date."));
        }
    }

    // ---------------------------------------------------------------- recorded events

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
        var practical = plan.Formulation is not null && dose > 0m ? DoseRounding.Round(dose, plan.Formulation, plan.LiquidIncrementMl) : null;

        // A recorded dose is what was taken: show it as given, with the product amount only when it matches exactly.
        if (practical is not null && practical.DoseMg != dose)
        {
            practical = null;
        }

        state.Steps.Add(new TaperStep(
            state.Steps.Count + 1, date, kind, dose, Display(dose, practical, needsFiner: false), practical,
            Occupancy(plan, dose), Reduction(before, dose), NeedsFinerFormulation: false,
            GoAheadOnlyIfSymptomsTolerable: false, HoldSuggested: false));
    }

    // ---------------------------------------------------------------- proposed steps

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

    // ---------------------------------------------------------------- target-date mode (benzodiazepines)

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

    // ---------------------------------------------------------------- result

    private static TaperSchedule Build(ResolvedRequest plan, TaperState state, TargetDateAssessment? target, bool? symptomsTolerable)
    {
        var warnings = TaperWarnings.For(plan.Drug, plan.Method, plan.Formulation, plan.OccupancySet, plan.DiazepamEquivalent, target,
            state.Steps, plan.FinalDoseDefaulted ? plan.FinalDoseMg : null, state.StepPercent, plan.IntervalDays,
            state.RecordedOverAsamLimit, state.ReachedStepCap, symptomsTolerable);

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
            plan.Drug, plan.Method, plan.CurrentDoseMg, state.StepPercent, plan.IntervalDays, plan.FinalDoseMg, plan.Formulation,
            state.Steps, warnings, sources, plan.OccupancySet,
            plan.Method == TaperMethod.Occupancy ? state.OccupancyDropPoints : null,
            plan.DiazepamEquivalent, target, HoldRule.Advise(symptomsTolerable));
    }
}
