using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tapering;

// Resolving and validating a request: defaults applied, names looked up, every problem named by its JSON field.
public static partial class TaperPlanner
{
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
        LiquidMeasure Measure,
        Formulation? SwitchLiquid,
        bool EndAtMeasurableLimit,
        decimal? MgOnlyMeasurableMg,
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
        if (request.LiquidIncrementMl is < MinLiquidIncrementMl or > MaxLiquidIncrementMl)
        {
            errors.Add(new InputError("liquidIncrementMl", $"Give the smallest volume you can measure, from {MinLiquidIncrementMl} to {MaxLiquidIncrementMl} mL."));
        }

        var measure = new LiquidMeasure(request.LiquidIncrementMl);
        var switchLiquid = SwitchLiquidFor(drug, formulation, measure);
        var (occupancySet, drop) = ResolveOccupancy(request, drug, method, errors);
        var (final, defaulted, endAtLimit) = ResolveFinalDose(request, drug, method, formulation, switchLiquid, errors);

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
            formulation, measure, switchLiquid, endAtLimit,
            endAtLimit && formulation is null ? measure.SmallestMeasurableMg(switchLiquid!) : null,
            request.TargetDate, occupancySet, drop, equivalent, table, request.Events ?? []);
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

    /// <summary>
    /// For an antidepressant not already on a liquid: the licensed liquid with the finest measurable step, which the
    /// plan moves to when tablets or capsules cannot give a step (NICE NG222 1.4.17: "consider using liquid
    /// preparations if available"). Null when none was sourced, or for benzodiazepines, whose plans do not switch.
    /// </summary>
    private static Formulation? SwitchLiquidFor(TaperDrug? drug, Formulation? chosen, LiquidMeasure measure) =>
        drug is null || drug.Class.UsesBenzodiazepineRules() || chosen is { IsLiquid: true }
            ? null
            : drug.Formulations.Where(f => f.IsLiquid && f.Kind != FormulationKind.Compounded).MinBy(measure.SmallestMeasurableMg);

    private static (decimal Final, bool Defaulted, bool EndAtMeasurableLimit) ResolveFinalDose(
        TaperRequest request, TaperDrug? drug, TaperMethod? method, Formulation? formulation, Formulation? switchLiquid, List<InputError> errors)
    {
        if (request.FinalDoseMg is { } final)
        {
            if (final <= 0m || (request.CurrentDoseMg > 0m && final >= request.CurrentDoseMg))
            {
                errors.Add(new InputError("finalDoseMg", "Give a final dose in mg above 0 and below the current dose."));
            }

            return (final, false, false);
        }

        if (request.TargetDate is not null && method == TaperMethod.Benzodiazepine)
        {
            errors.Add(new InputError("finalDoseMg", "Give the dose you want to be on by the target date."));
            return (0m, false, false);
        }

        // An antidepressant with a liquid to measure it in keeps its proportional steps below what tablets can give and
        // stops once the next step would be smaller than one mark of that liquid (Horowitz & Taylor 2019: taper to doses
        // much lower than therapeutic minimums; the measuring limit is Lantern policy, see LiquidMeasure).
        var liquidAvailable = formulation is { IsLiquid: true } || switchLiquid is not null;
        var antidepressant = drug is not null && !drug.Class.UsesBenzodiazepineRules();
        if (antidepressant && liquidAvailable)
        {
            return (0m, true, true);
        }

        // The occupancy method ends by itself when the next drop would take estimated occupancy to zero.
        if (method == TaperMethod.Occupancy || drug is null)
        {
            return (0m, true, false);
        }

        // Otherwise (benzodiazepines; antidepressants with no licensed liquid) taper to the smallest dose a product can
        // give (Lantern policy), then stop.
        var candidates = formulation is not null ? [formulation] : drug.Formulations;
        if (candidates.Count == 0)
        {
            errors.Add(new InputError("finalDoseMg", $"We have no sourced strengths for {drug.DisplayName}, so give the final dose before stopping."));
            return (0m, false, false);
        }

        var increment = request.LiquidIncrementMl ?? DoseRounding.DefaultLiquidIncrementMl;
        return (candidates.Min(f => f.SmallestUnitMg(increment)), true, false);
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
}
