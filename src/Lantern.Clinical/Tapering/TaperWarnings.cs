namespace Lantern.Clinical.Tapering;

/// <summary>How the plan ended when no last dose was chosen: by the liquid's smallest measurable amount, or at the smallest product dose.</summary>
internal sealed record DefaultEnd(decimal FinalDoseMg, Formulation? Liquid, decimal? SmallestMeasurableMg);

/// <summary>Everything the warnings are worded from.</summary>
internal sealed record TaperWarningContext(
    TaperDrug Drug,
    TaperMethod Method,
    Formulation? Formulation,
    LiquidMeasure Measure,
    OccupancyParameterSet? OccupancySet,
    DiazepamEquivalentResult? Equivalent,
    TargetDateAssessment? Target,
    IReadOnlyList<TaperStep> Steps,
    IReadOnlyList<TaperPhase> Phases,
    TaperFinalStep? FinalStep,
    DefaultEnd? DefaultEnd,
    decimal StepPercent,
    int IntervalDays,
    IReadOnlyList<string> RecordedOverAsamLimit,
    bool ReachedStepCap,
    bool? SymptomsTolerable);

/// <summary>The plain-language warnings that go with a schedule, each with its sources.</summary>
internal static class TaperWarnings
{
    public static IReadOnlyList<TaperWarning> For(TaperWarningContext c)
    {
        var warnings = new List<TaperWarning>
        {
            new("not-a-prescription",
                "This plan is for a conversation with your prescriber. It is not a prescription: please don't change your dose without them.",
                [Refs.LanternTaperPolicy]),
        };

        warnings.Add(c.Method == TaperMethod.Benzodiazepine
            ? new("hold-rule",
                "Make each reduction only if any withdrawal symptoms from the last one have settled or are tolerable. If significant symptoms appear, the taper should be slowed or paused.",
                [Refs.Asam2025BenzodiazepineTaper, Refs.NiceQs8])
            : new("hold-rule",
                "Make each reduction only if any withdrawal symptoms from the last one have settled or are tolerable; otherwise hold and talk to your prescriber. Withdrawal symptoms usually start within a few days of a cut and often settle within 1-2 weeks, but can last longer.",
                [Refs.NiceQs8, Refs.NiceNg222]));

        if (c.SymptomsTolerable == false)
        {
            warnings.Add(new("hold-suggested", HoldRule.Explain(HoldAdvice.Hold), [Refs.NiceQs8, Refs.NiceNg222]));
        }

        if (c.Drug.Name is "paroxetine" or "venlafaxine")
        {
            warnings.Add(new("withdrawal-more-likely",
                $"NICE notes that {c.Drug.DisplayName.ToLowerInvariant()} is more likely than some antidepressants to cause withdrawal symptoms, so a slower pace may suit you.",
                [Refs.NiceNg222]));
        }

        if (c.Drug.Note is not null)
        {
            warnings.Add(new("medicine-note", c.Drug.Note, [Refs.LanternTaperPolicy]));
        }

        AddFormulationWarnings(warnings, c);
        AddMethodWarnings(warnings, c.Method, c.OccupancySet, c.Steps, c.StepPercent, c.IntervalDays);
        AddBenzodiazepineWarnings(warnings, c.Equivalent, c.Target, c.RecordedOverAsamLimit);

        if (c.Steps.Count > 0 && c.Steps[^1] is { Kind: TaperStepKind.Stop } stop)
        {
            var final = c.Steps.Count > 1 ? c.Steps[^2].DoseMg : 0m;
            warnings.Add(new("final-stop",
                $"The last step stops from {DoseRounding.Mg(final)} mg on {stop.Date:yyyy-MM-dd}. Agree with your prescriber when and how to make it.",
                [Refs.LanternTaperPolicy]));
        }

        if (c.FinalStep is { LargerThanTypical: true } finalStep)
        {
            warnings.Add(new("final-step-larger",
                $"The last step is larger than the plan's typical step. {finalStep.Text} Agree with your prescriber how and when to take it.",
                finalStep.OccupancyParameters is { } set ? [Refs.LanternTaperPolicy, set.Source, Refs.Sorensen2022] : [Refs.LanternTaperPolicy]));
        }

        if (c.ReachedStepCap)
        {
            warnings.Add(new("step-cap-reached",
                $"The plan was cut off at {TaperPlanner.MaxSteps} rows. A taper this long needs rethinking with your prescriber.",
                [Refs.LanternTaperPolicy]));
        }

        return warnings;
    }

    private static void AddFormulationWarnings(List<TaperWarning> warnings, TaperWarningContext c)
    {
        var drug = c.Drug;
        if (c.Formulation is not { } formulation)
        {
            warnings.Add(new("mg-only",
                drug.Formulations.Count == 0
                    ? "We have not sourced the strengths this medicine comes in, so doses are in mg only. Ask your pharmacist which strengths and liquids you can get."
                    : "Doses are in mg, not yet rounded to a product. Choose your tablets, capsules or liquid to see what to take at each step.",
                [Refs.LanternTaperPolicy]));
        }
        else
        {
            warnings.Add(new("check-your-pack", DrugCatalogue.CheckYourPack, [Refs.LanternTaperPolicy]));
            AddCaution(warnings, "formulation-caution", drug, formulation);

            var liquidPhase = c.Phases.FirstOrDefault(p => p.Kind == TaperPhaseKind.Liquid);
            if (liquidPhase is { Formulation: { } liquid })
            {
                warnings.Add(new("switch-to-liquid",
                    $"From step {liquidPhase.FirstStepNumber} ({liquidPhase.FirstDate:yyyy-MM-dd}) the steps are smaller than the {Lower(formulation.Description)} "
                        + $"can give, so the plan uses the {Lower(liquid.Description)} from then on. NICE suggests liquid preparations when tablets or "
                        + "capsules cannot give small enough steps. Your prescriber needs to prescribe it; your pharmacist can show you how to measure it.",
                    [Refs.NiceNg222]));
                AddCaution(warnings, "liquid-caution", drug, liquid);
            }

            var measured = formulation.IsLiquid ? formulation : liquidPhase?.Formulation;
            if (measured is not null && measured.Kind != FormulationKind.OralDrops)
            {
                warnings.Add(c.Measure.PersonsIncrementMl is { } own
                    ? new("liquid-measuring",
                        $"Liquid doses are rounded to {DoseRounding.Mg(own)} mL, the smallest volume you said you can measure. Check the markings on your syringe.",
                        [Refs.LanternTaperPolicy])
                    : new("liquid-measuring",
                        $"Liquid doses are rounded to an oral syringe's marks: Lantern assumes {DoseRounding.Mg(LiquidMeasure.SmallSyringeMarkMl)} mL on a 1 mL syringe "
                            + $"for amounts up to 1 mL, and {DoseRounding.Mg(LiquidMeasure.LargerSyringeMarkMl)} mL above. Check the markings on yours.",
                        [Refs.OralSyringeMarkings, Refs.LanternTaperPolicy]));
            }

            var finer = c.Steps.Where(s => s.NeedsFinerFormulation).ToArray();
            if (finer.Length > 0)
            {
                var compounded = c.Phases.FirstOrDefault(p => p.Kind == TaperPhaseKind.CompoundedStrength);
                warnings.Add(new("step-needs-finer-formulation",
                    compounded is not null
                        ? $"{compounded.Text} To plan those steps in mL, choose a pharmacy-made liquid and give its strength. NICE suggests liquid preparations when tablets or capsules cannot give small enough steps."
                        : $"{finer.Length} {(finer.Length == 1 ? "step is" : "steps are")} smaller than {formulation.Description.ToLowerInvariant()} can give (first on "
                            + $"{finer[0].Date:yyyy-MM-dd}). Those steps need a liquid or a compounded strength; NICE suggests liquid preparations when tablets or capsules cannot give small enough steps.",
                    [Refs.NiceNg222]));
            }

            var unmeasurable = c.Steps.Where(s => s.NeedsFinerMeasuring).ToArray();
            if (unmeasurable.Length > 0)
            {
                warnings.Add(new("step-needs-finer-measuring",
                    $"{unmeasurable.Length} {(unmeasurable.Length == 1 ? "step is" : "steps are")} smaller than the syringe's {DoseRounding.Mg(c.Measure.FinestMarkMl)} mL "
                        + $"marks can measure at this pace (first on {unmeasurable[0].Date:yyyy-MM-dd}); they are shown in mg. Ask your pharmacist how to measure them.",
                    [Refs.LanternTaperPolicy]));
            }
        }

        if (c.DefaultEnd is { } end)
        {
            warnings.Add(DefaultEndWarning(c, end));
        }
    }

    private static TaperWarning DefaultEndWarning(TaperWarningContext c, DefaultEnd end)
    {
        if (end is not { Liquid: { } liquid, SmallestMeasurableMg: { } unit })
        {
            var antidepressant = !c.Drug.Class.UsesBenzodiazepineRules();
            return new("final-dose-defaulted",
                $"No final dose was chosen, so the plan tapers to {DoseRounding.Mg(end.FinalDoseMg)} mg, the smallest dose the product can give, before stopping."
                    + (antidepressant
                        ? $" Lantern found no licensed liquid of {c.Drug.DisplayName.ToLowerInvariant()}; a pharmacy-made liquid could take the taper lower: choose it and give its strength to plan those steps."
                        : string.Empty),
                antidepressant ? [Refs.LanternTaperPolicy, Refs.NiceNg222] : [Refs.LanternTaperPolicy]);
        }

        var smallest = liquid.Kind == FormulationKind.OralDrops
            ? $"1 drop, {DoseRounding.Mg(unit)} mg"
            : $"{DoseRounding.Mg(c.Measure.FinestMarkMl)} mL, {DoseRounding.Mg(unit)} mg{(c.Measure.IsAssumed ? ", on a 1 mL oral syringe" : string.Empty)}";
        var where = c.Formulation is null
            ? $"the smallest amount of the {Lower(liquid.Description)} (the liquid with the finest steps) that can be measured"
            : $"the smallest amount of the {Lower(liquid.Description)} that can be measured";
        var moving = c.Formulation is { IsLiquid: false } ? $", on the {Lower(liquid.Description)} once the {Lower(c.Formulation.Description)} can't give them," : string.Empty;
        return new("final-dose-defaulted",
            $"No last dose was chosen, so the plan keeps making steps of the same size{moving} until the next step would be smaller than {where} "
                + $"({smallest}). It then stops from {DoseRounding.Mg(end.FinalDoseMg)} mg. The published advice is to taper to doses much lower "
                + "than the usual minimum before stopping.",
            c.Measure.IsAssumed
                ? [Refs.Horowitz2019, Refs.NiceNg222, Refs.OralSyringeMarkings, Refs.LanternTaperPolicy]
                : [Refs.Horowitz2019, Refs.NiceNg222, Refs.LanternTaperPolicy]);
    }

    private static void AddCaution(List<TaperWarning> warnings, string code, TaperDrug drug, Formulation formulation)
    {
        if (formulation.Caution is not null)
        {
            warnings.Add(new(code, formulation.Caution,
                drug.Name == "citalopram" && formulation.Kind == FormulationKind.OralDrops
                    ? [Refs.CitalopramDropsBioavailability]
                    : [Refs.LanternTaperPolicy]));
        }
    }

    /// <summary>A product description inside a sentence: "Film-coated tablets" becomes "film-coated tablets", "mL" stays.</summary>
    internal static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static void AddMethodWarnings(
        List<TaperWarning> warnings, TaperMethod method, OccupancyParameterSet? occupancySet, IReadOnlyList<TaperStep> steps, decimal stepPercent, int intervalDays)
    {
        if (method == TaperMethod.Occupancy && occupancySet is not null)
        {
            warnings.Add(new("occupancy-estimate",
                $"Occupancy figures are estimates from a model whose {occupancySet.Drug} values ({occupancySet.Region}: Emax {occupancySet.EmaxPercent} %, "
                    + $"ED50 {occupancySet.Ed50Mg} mg) were seen only in a secondary source and not checked against the original study. {occupancySet.StatusLabel}",
                [occupancySet.Source, Refs.Sorensen2022]));
            if (occupancySet.Conflict is not null)
            {
                warnings.Add(new("occupancy-conflict", occupancySet.Conflict, [Refs.CitalopramEd50Conflict]));
            }
        }

        var large = steps.Where(s => s.Kind == TaperStepKind.Planned && s.ReductionPercent > TaperPlanner.LargeStepPercent).ToArray();
        if (large.Length > 0)
        {
            warnings.Add(new("large-step",
                $"{large.Length} {(large.Length == 1 ? "step cuts" : "steps cut")} more than half of the previous dose (first on {large[0].Date:yyyy-MM-dd}). "
                    + "NICE's largest example is 50 % of the previous dose, with smaller cuts as the dose gets lower.",
                [Refs.NiceNg222, Refs.LanternTaperPolicy]));
        }

        if (method == TaperMethod.Benzodiazepine && !BenzodiazepinePace.IsUsualPace(stepPercent, intervalDays))
        {
            warnings.Add(new("asam-usual-pace",
                $"{stepPercent:0.##} % every {intervalDays} days is outside ASAM's usual starting pace of 5-10 % every 2-4 weeks (it stays within the limit of 25 % every 2 weeks). Discuss it with your prescriber.",
                [Refs.Asam2025BenzodiazepineTaper]));
        }
    }

    private static void AddBenzodiazepineWarnings(
        List<TaperWarning> warnings, DiazepamEquivalentResult? equivalent, TargetDateAssessment? target, IReadOnlyList<string> recordedOverAsamLimit)
    {
        if (equivalent is not null)
        {
            warnings.Add(new("diazepam-equivalent",
                $"Your current dose is roughly {equivalent.DiazepamMg} mg of diazepam a day ({equivalent.TableName}). {equivalent.Note} {DiazepamEquivalents.Caution}".Replace("  ", " ", StringComparison.Ordinal),
                [equivalent.Source]));
            if (equivalent.DiazepamMg.High > TaperPlanner.KetamineStudyCutOffDiazepamMg)
            {
                warnings.Add(new("ketamine-benzodiazepine-note",
                    "In two studies, people on more than about 8 mg of diazepam-equivalent a day got less benefit from ketamine. That is a study finding, "
                        + "not a guideline target: don't change your dose on your own; talk to your prescriber.",
                    [Refs.Andrashko2020, Refs.Feeney2023]));
            }
        }

        if (target is not null)
        {
            warnings.Add(new($"target-date-{target.FeasibilityCode}", target.Summary, [Refs.Asam2025BenzodiazepineTaper]));
            if (target.TargetAboveKetamineStudyCutOff)
            {
                warnings.Add(new("target-above-ketamine-study-cut-off",
                    $"Your target dose is still about {target.TargetDiazepamEquivalentMg} mg of diazepam a day, above the 8 mg seen in the ketamine studies. This is for information only.",
                    [Refs.Andrashko2020, Refs.Feeney2023]));
            }
        }

        if (recordedOverAsamLimit.Count > 0)
        {
            warnings.Add(new("recorded-step-over-asam-limit",
                $"A recorded reduction ({string.Join(", ", recordedOverAsamLimit)}) cut more than 25 % in 2 weeks, faster than ASAM advises. Please tell your prescriber.",
                [Refs.Asam2025BenzodiazepineTaper]));
        }
    }
}
