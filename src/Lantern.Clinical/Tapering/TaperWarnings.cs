namespace Lantern.Clinical.Tapering;

/// <summary>The plain-language warnings that go with a schedule, each with its sources.</summary>
internal static class TaperWarnings
{
    public static IReadOnlyList<TaperWarning> For(
        TaperDrug drug,
        TaperMethod method,
        Formulation? formulation,
        OccupancyParameterSet? occupancySet,
        DiazepamEquivalentResult? equivalent,
        TargetDateAssessment? target,
        IReadOnlyList<TaperStep> steps,
        decimal? defaultedFinalDoseMg,
        decimal stepPercent,
        int intervalDays,
        IReadOnlyList<string> recordedOverAsamLimit,
        bool reachedStepCap,
        bool? symptomsTolerable)
    {
        var warnings = new List<TaperWarning>
        {
            new("not-a-prescription",
                "This plan is for a conversation with your prescriber. It is not a prescription: please don't change your dose without them.",
                [Refs.LanternTaperPolicy]),
        };

        warnings.Add(method == TaperMethod.Benzodiazepine
            ? new("hold-rule",
                "Make each reduction only if any withdrawal symptoms from the last one have settled or are tolerable. If significant symptoms appear, the taper should be slowed or paused.",
                [Refs.Asam2025BenzodiazepineTaper, Refs.NiceQs8])
            : new("hold-rule",
                "Make each reduction only if any withdrawal symptoms from the last one have settled or are tolerable; otherwise hold and talk to your prescriber. Withdrawal symptoms usually start within a few days of a cut and often settle within 1-2 weeks, but can last longer.",
                [Refs.NiceQs8, Refs.NiceNg222]));

        if (symptomsTolerable == false)
        {
            warnings.Add(new("hold-suggested", HoldRule.Explain(HoldAdvice.Hold), [Refs.NiceQs8, Refs.NiceNg222]));
        }

        if (drug.Name is "paroxetine" or "venlafaxine")
        {
            warnings.Add(new("withdrawal-more-likely",
                $"NICE notes that {drug.DisplayName.ToLowerInvariant()} is more likely than some antidepressants to cause withdrawal symptoms, so a slower pace may suit you.",
                [Refs.NiceNg222]));
        }

        if (drug.Note is not null)
        {
            warnings.Add(new("medicine-note", drug.Note, [Refs.LanternTaperPolicy]));
        }

        AddFormulationWarnings(warnings, drug, formulation, steps, defaultedFinalDoseMg);
        AddMethodWarnings(warnings, method, occupancySet, steps, stepPercent, intervalDays);
        AddBenzodiazepineWarnings(warnings, equivalent, target, recordedOverAsamLimit);

        if (steps.Count > 0 && steps[^1] is { Kind: TaperStepKind.Stop } stop)
        {
            var final = steps.Count > 1 ? steps[^2].DoseMg : 0m;
            warnings.Add(new("final-stop",
                $"The last step stops from {DoseRounding.Mg(final)} mg on {stop.Date:yyyy-MM-dd}. Agree with your prescriber when and how to make it.",
                [Refs.LanternTaperPolicy]));
        }

        if (reachedStepCap)
        {
            warnings.Add(new("step-cap-reached",
                $"The plan was cut off at {TaperPlanner.MaxSteps} rows. A taper this long needs rethinking with your prescriber.",
                [Refs.LanternTaperPolicy]));
        }

        return warnings;
    }

    private static void AddFormulationWarnings(
        List<TaperWarning> warnings, TaperDrug drug, Formulation? formulation, IReadOnlyList<TaperStep> steps, decimal? defaultedFinalDoseMg)
    {
        if (formulation is null)
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
            if (formulation.Caution is not null)
            {
                warnings.Add(new("formulation-caution", formulation.Caution,
                    drug.Name == "citalopram" && formulation.Kind == FormulationKind.OralDrops
                        ? [Refs.CitalopramDropsBioavailability]
                        : [Refs.LanternTaperPolicy]));
            }

            if (formulation.IsLiquid && formulation.Kind != FormulationKind.OralDrops)
            {
                warnings.Add(new("liquid-measuring",
                    "Liquid doses are rounded to what can be measured with an oral syringe; check the markings on yours and ask your pharmacist for one if you don't have it.",
                    [Refs.LanternTaperPolicy]));
            }

            var finer = steps.Where(s => s.NeedsFinerFormulation).ToArray();
            if (finer.Length > 0)
            {
                warnings.Add(new("step-needs-finer-formulation",
                    $"{finer.Length} {(finer.Length == 1 ? "step is" : "steps are")} smaller than {formulation.Description.ToLowerInvariant()} can give (first on "
                        + $"{finer[0].Date:yyyy-MM-dd}). Those steps need a liquid or a compounded strength; NICE suggests liquid preparations when tablets or capsules cannot give small enough steps.",
                    [Refs.NiceNg222]));
            }
        }

        if (defaultedFinalDoseMg is { } final)
        {
            warnings.Add(new("final-dose-defaulted",
                $"No final dose was chosen, so the plan tapers to {DoseRounding.Mg(final)} mg, the smallest dose the product can give, before stopping.",
                [Refs.LanternTaperPolicy]));
        }
    }

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
