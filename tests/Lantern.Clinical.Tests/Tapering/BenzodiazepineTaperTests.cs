using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Tapering;

// Figures: clinical.md §2.2 (ASAM 2025, VERIFIED: 5-10 % every 2-4 weeks, not more than 25 % every 2 weeks),
// §2.1 (WHO 2009 lorazepam 4 mg = diazepam 40 mg) and §2.3 (> 8 mg diazepam-equivalent, informational).
public sealed class BenzodiazepineTaperTests
{
    private static readonly DateOnly Start = new(2026, 2, 2);

    private static TaperRequest Diazepam(decimal dose = 20m) => new()
    {
        Drug = "diazepam",
        CurrentDoseMg = dose,
        StartDate = Start,
    };

    [Theory]
    [InlineData(10, 14, 10)]
    [InlineData(10, 7, 19)]
    [InlineData(25, 14, 25)]
    [InlineData(5, 28, 5)]
    [InlineData(10, 5, 27.1)]
    public void PercentPerWindow_StepsInsideTwoWeeks_Compound(int percent, int interval, double expected) =>
        Assert.Equal((decimal)expected, Math.Round(BenzodiazepinePace.PercentPerWindow(percent, interval), 1));

    [Theory]
    [InlineData(25, 14, true)]
    [InlineData(25.01, 14, false)]
    [InlineData(13.39, 7, true)]
    [InlineData(13.4, 7, false)]
    [InlineData(25, 28, true)]
    public void WithinCeiling_AtTheEdge_Matches25PercentPerTwoWeeks(double percent, int interval, bool within) =>
        Assert.Equal(within, BenzodiazepinePace.WithinCeiling((decimal)percent, interval));

    [Theory]
    [InlineData(5, 14, true)]
    [InlineData(10, 28, true)]
    [InlineData(10, 13, false)]
    [InlineData(10, 29, false)]
    [InlineData(4.9, 14, false)]
    [InlineData(10.1, 14, false)]
    public void IsUsualPace_AsamRange_5To10PercentEvery2To4Weeks(double percent, int interval, bool usual) =>
        Assert.Equal(usual, BenzodiazepinePace.IsUsualPace((decimal)percent, interval));

    [Theory]
    [InlineData(7, 13.39)]
    [InlineData(14, 25)]
    [InlineData(10, 13.39)]
    public void MaxStepPercentWithinCeiling_ByInterval(int interval, double expected) =>
        Assert.Equal((decimal)expected, BenzodiazepinePace.MaxStepPercentWithinCeiling(interval));

    [Fact]
    public void Plan_BenzodiazepineWithoutMethod_UsesBenzodiazepineMethodAndAsam()
    {
        var schedule = TaperPlanner.Plan(Diazepam());

        Assert.Equal(TaperMethod.Benzodiazepine, schedule.Method);
        Assert.Contains(Refs.Asam2025BenzodiazepineTaper, schedule.Sources);
        Assert.Equal(18m, schedule.Steps[0].DoseMg);
        Assert.DoesNotContain(schedule.Warnings, w => w.Code == "asam-usual-pace");
    }

    [Fact]
    public void Plan_Lorazepam4mg_ReportsWhoDiazepamEquivalentAndKetamineNote()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "lorazepam", CurrentDoseMg = 4m, StartDate = Start });

        Assert.Equal(40m, schedule.DiazepamEquivalent!.DiazepamMg.Low);
        Assert.Equal(BenzodiazepineTable.Ashton, schedule.DiazepamEquivalent.Table);
        var note = Assert.Single(schedule.Warnings, w => w.Code == "ketamine-benzodiazepine-note");
        Assert.Contains("not a guideline target", note.Message, StringComparison.Ordinal);
        Assert.Equal([Refs.Andrashko2020, Refs.Feeney2023], note.Sources);
    }

    [Fact]
    public void Plan_ChosenTable_UsedForEquivalent() =>
        Assert.Equal(20m, TaperPlanner.Plan(new TaperRequest
        {
            Drug = "lorazepam", CurrentDoseMg = 4m, StartDate = Start, EquivalenceTable = "va-dod",
        }).DiazepamEquivalent!.DiazepamMg.Low);

    [Fact]
    public void Plan_ZDrug_TaperedWithBenzodiazepineRulesAndNhsScotlandEquivalent()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "zopiclone", CurrentDoseMg = 7.5m, StartDate = Start, Formulation = "tablets" });

        Assert.Equal(TaperMethod.Benzodiazepine, schedule.Method);
        Assert.Equal(BenzodiazepineTable.NhsScotland, schedule.DiazepamEquivalent!.Table);
        Assert.Equal(5m, schedule.DiazepamEquivalent.DiazepamMg.Low);
        Assert.DoesNotContain(schedule.Warnings, w => w.Code == "ketamine-benzodiazepine-note");
    }

    [Fact]
    public void Plan_LowDiazepamEquivalent_NoKetamineNote() =>
        Assert.DoesNotContain(TaperPlanner.Plan(Diazepam(8m)).Warnings, w => w.Code == "ketamine-benzodiazepine-note");

    [Theory]
    [InlineData(26, 14)]
    [InlineData(15, 7)]
    [InlineData(4, 14)]
    public void Plan_PaceBeyondAsamCeilingOrRange_RejectedNamingStepPercent(int percent, int interval) =>
        Assert.Equal("stepPercent", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Diazepam() with { StepPercent = percent, IntervalDays = interval })).Field);

    [Fact]
    public void Plan_TooFastMessage_SaysLargestStepAtThatInterval()
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Diazepam() with { StepPercent = 15m, IntervalDays = 7 }));

        Assert.Contains("13.39 %", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("25 % every 2 weeks", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_FasterThanUsualButWithinCeiling_AcceptedWithWarning()
    {
        var schedule = TaperPlanner.Plan(Diazepam() with { StepPercent = 20m, IntervalDays = 14, FinalDoseMg = 5m });

        Assert.Contains(schedule.Warnings, w => w.Code == "asam-usual-pace");
    }

    [Fact]
    public void Plan_BenzodiazepineWithProportionalMethod_RejectedNamingMethod()
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Diazepam() with { Method = "proportional" }));

        Assert.Equal("method", e.Field);
        Assert.Equal(["benzodiazepine"], e.Errors[0].Accepted);
    }

    [Fact]
    public void Plan_UnknownTable_RejectedNamingField() =>
        Assert.Equal("equivalenceTable", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Diazepam() with { EquivalenceTable = "maudsley" })).Field);

    [Fact]
    public void Plan_TableForAntidepressant_RejectedNamingField() =>
        Assert.Equal("equivalenceTable", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(new TaperRequest
        {
            Drug = "sertraline", CurrentDoseMg = 50m, StartDate = Start, FinalDoseMg = 25m, EquivalenceTable = "ashton",
        })).Field);

    [Fact]
    public void Plan_DrugWithoutSourcedStrengthsAndNoFinalDose_AsksForFinalDose() =>
        Assert.Equal("finalDoseMg", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(new TaperRequest
        {
            Drug = "oxazepam", CurrentDoseMg = 30m, StartDate = Start,
        })).Field);

    [Fact]
    public void Plan_DrugWithoutSourcedStrengths_MgOnlyAndSaysSo()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "oxazepam", CurrentDoseMg = 30m, StartDate = Start, FinalDoseMg = 10m });

        Assert.Contains(schedule.Warnings, w => w.Code == "mg-only" && w.Message.Contains("not sourced", StringComparison.Ordinal));
        Assert.All(schedule.Steps, s => Assert.Null(s.Practical));
    }

    // ---- target-date mode

    [Fact]
    public void TargetDate_ReachableAtChosenPace_SaysSoAndKeepsPace()
    {
        var schedule = TaperPlanner.Plan(Diazepam() with { FinalDoseMg = 15m, TargetDate = Start.AddDays(84) });

        var target = schedule.TargetDate!;
        Assert.Equal(TargetDateFeasibility.ReachableAtChosenPace, target.Feasibility);
        Assert.Equal(14, target.IntervalDays);
        Assert.Equal(7, target.Reductions);
        Assert.Equal(10m, schedule.StepPercent);
        Assert.Contains(schedule.Steps, s => s.DoseMg == 15m && s.Date <= target.TargetDate);
    }

    [Fact]
    public void TargetDate_NeedsFasterStepsWithinCeiling_UsesRequiredPaceAndReachesTargetOnTime()
    {
        var schedule = TaperPlanner.Plan(Diazepam() with { FinalDoseMg = 10m, TargetDate = Start.AddDays(56) });

        var target = schedule.TargetDate!;
        Assert.Equal(TargetDateFeasibility.ReachableWithFasterSteps, target.Feasibility);
        Assert.Equal(5, target.Reductions);
        Assert.Equal(12.95m, target.RequiredStepPercent); // 1 − 0.5^(1/5), rounded up
        Assert.Equal(12.95m, schedule.StepPercent);
        Assert.Equal(10m, schedule.Steps.Single(s => s.Date == target.TargetDate).DoseMg);
        Assert.Contains("faster than ASAM's usual starting pace", target.Summary, StringComparison.Ordinal);
        Assert.Contains(schedule.Warnings, w => w.Code == "target-date-reachable-with-faster-steps");
        Assert.True(target.TargetAboveKetamineStudyCutOff); // 10 mg diazepam > 8 mg
    }

    [Fact]
    public void TargetDate_BreaksAsamLimit_SaysSoPlainlyWithEarliestSafeDates()
    {
        var schedule = TaperPlanner.Plan(Diazepam() with { FinalDoseMg = 5m, TargetDate = Start.AddDays(14) });

        var target = schedule.TargetDate!;
        Assert.Equal(TargetDateFeasibility.BreaksAsamLimit, target.Feasibility);
        Assert.Equal("breaks-asam-limit", target.FeasibilityCode);
        Assert.Equal(50m, target.RequiredStepPercent);
        Assert.Equal(Start.AddDays(56), target.EarliestDateWithinAsamLimit);   // 20 → 15 → 11.25 → 8.44 → 6.33 → 4.75
        Assert.Equal(Start.AddDays(182), target.EarliestDateAtUsualPace);      // 14 cuts of 10 %
        Assert.Contains("This is not a safe target date", target.Summary, StringComparison.Ordinal);
        Assert.Contains("2026-03-30", target.Summary, StringComparison.Ordinal);
        Assert.Equal(10m, schedule.StepPercent); // the plan itself stays at the chosen pace
        Assert.False(target.TargetAboveKetamineStudyCutOff);
    }

    [Fact]
    public void TargetDate_ForAntidepressant_RejectedNamingField() =>
        Assert.Equal("targetDate", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(new TaperRequest
        {
            Drug = "sertraline", CurrentDoseMg = 50m, StartDate = Start, FinalDoseMg = 25m, TargetDate = Start.AddDays(60),
        })).Field);

    [Fact]
    public void TargetDate_WithoutTargetDose_RejectedNamingFinalDose() =>
        Assert.Equal("finalDoseMg", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Diazepam() with { TargetDate = Start.AddDays(60) })).Field);

    [Fact]
    public void TargetDate_BeforeStart_RejectedNamingField() =>
        Assert.Equal("targetDate", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Diazepam() with { FinalDoseMg = 10m, TargetDate = Start.AddDays(-1) })).Field);

    [Fact]
    public void Plan_AnyBenzodiazepineSchedule_NeverCutsMoreThan25PercentInTwoWeeksBeforeTheStop()
    {
        foreach (var interval in new[] { 7, 10, 14, 21, 28 })
        {
            var percent = Math.Min(25m, BenzodiazepinePace.MaxStepPercentWithinCeiling(interval));
            var schedule = TaperPlanner.Plan(Diazepam(30m) with { StepPercent = percent, IntervalDays = interval, Formulation = "tablets", FinalDoseMg = 2m });

            TaperAssert.BenzodiazepineWindowRespected(schedule);
        }
    }
}
