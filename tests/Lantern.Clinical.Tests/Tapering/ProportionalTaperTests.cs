using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Tapering;

// Figures: clinical.md §1.4 (NICE NG222 1.4.17, VERIFIED) and §1.6 C (DERIVED 50 % / 25 % sequences).
public sealed class ProportionalTaperTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static TaperRequest Request(string drug = "citalopram", decimal dose = 20m) => new()
    {
        Drug = drug,
        CurrentDoseMg = dose,
        StartDate = Start,
    };

    [Fact]
    public void Plan_Nice50PercentFrom20mg_Gives10_5_2point5_1point25ThenZero()
    {
        var schedule = TaperPlanner.Plan(Request() with { StepPercent = 50m, FinalDoseMg = 1.25m });

        Assert.Equal([10m, 5m, 2.5m, 1.25m, 0m], schedule.Steps.Select(s => s.DoseMg));
        Assert.Equal(TaperStepKind.Stop, schedule.Steps[^1].Kind);
    }

    [Fact]
    public void Plan_Nice25PercentFrom10mg_Gives7point5_5point625_4point22()
    {
        var schedule = TaperPlanner.Plan(Request(dose: 10m) with { StepPercent = 25m, FinalDoseMg = 4m });

        Assert.Equal(7.5m, schedule.Steps[0].DoseMg);
        Assert.Equal(5.625m, schedule.Steps[1].DoseMg);
        Assert.Equal(4.22m, Math.Round(schedule.Steps[2].DoseMg, 2));
    }

    [Fact]
    public void Plan_Defaults_TenPercentEvery28DaysFirstCutOnStartDate()
    {
        var schedule = TaperPlanner.Plan(Request() with { FinalDoseMg = 10m });

        Assert.Equal(TaperMethod.Proportional, schedule.Method);
        Assert.Equal(10m, schedule.StepPercent);
        Assert.Equal(28, schedule.IntervalDays);
        Assert.Equal(Start, schedule.Steps[0].Date);
        Assert.Equal(18m, schedule.Steps[0].DoseMg);
        Assert.Equal(Start.AddDays(28), schedule.Steps[1].Date);
        Assert.Equal(16.2m, schedule.Steps[1].DoseMg);
    }

    [Fact]
    public void Plan_FinalDoseBetweenSteps_LastCutLandsOnFinalDoseThenStops()
    {
        var schedule = TaperPlanner.Plan(Request() with { StepPercent = 50m, FinalDoseMg = 2m });

        Assert.Equal([10m, 5m, 2.5m, 2m, 0m], schedule.Steps.Select(s => s.DoseMg));
        Assert.Contains(schedule.Warnings, w => w.Code == "final-stop");
    }

    [Fact]
    public void Plan_Always_CitesNiceAndCarriesHoldRuleAndNotAPrescription()
    {
        var schedule = TaperPlanner.Plan(Request() with { FinalDoseMg = 5m });

        Assert.Contains(Refs.NiceNg222, schedule.Sources);
        Assert.Contains(Refs.NiceQs8, schedule.Sources);
        Assert.Contains(schedule.Warnings, w => w.Code == "hold-rule");
        Assert.Contains(schedule.Warnings, w => w.Code == "not-a-prescription");
        Assert.All(schedule.Steps, s => Assert.True(s.GoAheadOnlyIfSymptomsTolerable));
        Assert.Null(schedule.OccupancyParameters);
        Assert.All(schedule.Steps, s => Assert.Null(s.OccupancyPercent));
    }

    // Issue 12 item 5: this used to stop at the smallest unit, 0.1 mL (0.1 mg). With no last dose chosen the plan now
    // keeps its 50 % steps until the next would be smaller than one 0.02 mL mark of a 1 mL oral syringe (0.02 mg).
    [Fact]
    public void Plan_NoFinalDoseOnLiquid_StepsUntilTheNextWouldBeSmallerThanOneMark()
    {
        var schedule = TaperPlanner.Plan(Request("escitalopram", 10m) with { Formulation = "oral-solution-1-mg-per-ml", StepPercent = 50m });

        // 1.25 mL is above 1 mL, so 0.1 mL marks: 1.2 mL would cut 52 %, so the gentler 1.3 mL is taken.
        Assert.Equal([5m, 2.5m, 1.3m, 0.66m], schedule.Steps.Take(4).Select(s => s.DoseMg));
        Assert.Equal(0.02m, schedule.FinalDoseMg);
        Assert.Equal(0m, schedule.Steps[^1].DoseMg);
        var defaulted = Assert.Single(schedule.Warnings, w => w.Code == "final-dose-defaulted");
        Assert.Contains("0.02 mL, 0.02 mg, on a 1 mL oral syringe", defaulted.Message, StringComparison.Ordinal);
        Assert.Contains(Refs.Horowitz2019, defaulted.Sources);
        Assert.Contains(Refs.OralSyringeMarkings, defaulted.Sources);
        Assert.All(schedule.Steps, s => Assert.False(s.NeedsFinerFormulation));
    }

    // Issue 12 item 5: this used to flag "needs a liquid or a compounded strength" on the rows tablets could not give.
    [Fact]
    public void Plan_TabletsCannotGiveTenPercent_MovesToTheLiquidFromThatStep()
    {
        var schedule = TaperPlanner.Plan(Request() with { Formulation = "tablets", FinalDoseMg = 10m });

        var first = schedule.Steps[0];
        Assert.False(first.NeedsFinerFormulation);
        Assert.Equal(18m, first.DoseMg);
        Assert.Equal("oral-solution-2-mg-per-ml", first.MeasuredIn!.Code);
        Assert.Equal("9 mL", first.Practical!.Amount);
        var phase = Assert.Single(schedule.Phases);
        Assert.Equal(TaperPhaseKind.Liquid, phase.Kind);
        Assert.StartsWith("From step 1 (2026-01-05), use the oral solution 10 mg/5 mL (2 mg/mL)", phase.Text, StringComparison.Ordinal);
        Assert.Contains(schedule.Warnings, w => w.Code == "switch-to-liquid" && w.Sources.Contains(Refs.NiceNg222));
        Assert.DoesNotContain(schedule.Warnings, w => w.Code == "step-needs-finer-formulation");
    }

    [Fact]
    public void Plan_TabletsCanGiveHalfSteps_RoundedAndShownAsTablets()
    {
        var schedule = TaperPlanner.Plan(Request("citalopram", 40m) with { Formulation = "tablets", StepPercent = 50m, FinalDoseMg = 10m });

        Assert.Equal([20m, 10m, 0m], schedule.Steps.Select(s => s.DoseMg));
        Assert.Equal("1 × 20 mg tablet", schedule.Steps[0].Practical!.Amount);
        Assert.Equal("20 mg (1 × 20 mg tablet)", schedule.Steps[0].DoseDisplay);
        Assert.False(schedule.Steps[0].NeedsFinerFormulation);
    }

    [Fact]
    public void Plan_LiquidFormulation_StepsShownInMl()
    {
        var schedule = TaperPlanner.Plan(Request("sertraline", 50m) with { Formulation = "oral-concentrate-20-mg-per-ml", FinalDoseMg = 20m });

        // 45 mg is 2.25 mL; to the nearest 0.1 mL that is 2.3 mL (46 mg), an 8 % cut, inside the 10 % asked for.
        Assert.Equal(46m, schedule.Steps[0].DoseMg);
        Assert.Equal("2.3 mL", schedule.Steps[0].Practical!.Amount);
        Assert.Equal(2.3m, schedule.Steps[0].Practical!.VolumeMl);
        Assert.Contains(schedule.Warnings, w => w.Code == "liquid-measuring");
        Assert.Contains(schedule.Warnings, w => w.Code == "formulation-caution"); // must be diluted
    }

    [Fact]
    public void Plan_CitalopramDrops_WarnsNotMgForMgWithTablets()
    {
        var schedule = TaperPlanner.Plan(Request("citalopram", 16m) with { Formulation = "oral-drops-40-mg-per-ml", StepPercent = 25m, FinalDoseMg = 4m });

        Assert.Equal(12m, schedule.Steps[0].DoseMg);
        Assert.Equal("6 drops = 0.3 mL", schedule.Steps[0].Practical!.Amount);
        var caution = Assert.Single(schedule.Warnings, w => w.Code == "formulation-caution");
        Assert.Contains("8 mg (4 drops) corresponds to a 10 mg tablet", caution.Message, StringComparison.Ordinal);
        Assert.Contains(Refs.CitalopramDropsBioavailability, caution.Sources);
    }

    [Fact]
    public void Plan_CompoundedCapsules_RoundsToGivenStrength()
    {
        var schedule = TaperPlanner.Plan(Request("duloxetine", 60m) with { Formulation = "compounded-capsules", CompoundedStrengthMg = 2.5m, FinalDoseMg = 5m });

        Assert.Equal(55m, schedule.Steps[0].DoseMg);
        Assert.Equal("22 × 2.5 mg capsule", schedule.Steps[0].Practical!.Amount);
        Assert.Contains("pharmacy", schedule.Formulation!.Caution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paroxetine")]
    [InlineData("venlafaxine")]
    public void Plan_DrugNiceCallsMoreLikelyToCauseWithdrawal_Warns(string drug) =>
        Assert.Contains(TaperPlanner.Plan(Request(drug, 20m) with { FinalDoseMg = 10m }).Warnings, w => w.Code == "withdrawal-more-likely");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public void Plan_DoseNotPositiveOrImplausible_RejectedNamingField(int dose) =>
        AssertRejected(Request(dose: dose), "currentDoseMg");

    [Theory]
    [InlineData(4.99)]
    [InlineData(50.01)]
    [InlineData(0)]
    public void Plan_StepPercentOutside5To50_RejectedNamingField(double percent) =>
        AssertRejected(Request() with { StepPercent = (decimal)percent, FinalDoseMg = 5m }, "stepPercent");

    [Theory]
    [InlineData(5)]
    [InlineData(50)]
    public void Plan_StepPercentAtEdge_Accepted(int percent) =>
        Assert.NotEmpty(TaperPlanner.Plan(Request() with { StepPercent = percent, FinalDoseMg = 5m }).Steps);

    [Theory]
    [InlineData(6)]
    [InlineData(91)]
    public void Plan_IntervalOutside7To90_RejectedNamingField(int days) =>
        AssertRejected(Request() with { IntervalDays = days, FinalDoseMg = 5m }, "intervalDays");

    [Theory]
    [InlineData(7)]
    [InlineData(90)]
    public void Plan_IntervalAtEdge_Accepted(int days) =>
        Assert.Equal(Start.AddDays(days), TaperPlanner.Plan(Request() with { IntervalDays = days, FinalDoseMg = 5m }).Steps[1].Date);

    [Fact]
    public void Plan_UnknownDrug_RejectedListingAcceptedNames()
    {
        var e = AssertRejected(Request("prozacc"), "drug");

        Assert.Contains("sertraline", e.Errors[0].Accepted!);
    }

    [Fact]
    public void Plan_FormulationDrugDoesNotComeIn_RejectedListingItsFormulations()
    {
        var e = AssertRejected(Request("duloxetine", 60m) with { Formulation = "oral-solution-4-mg-per-ml" }, "formulation");

        Assert.Contains("delayed-release-capsules", e.Errors[0].Accepted!);
        Assert.Contains(TaperPlanner.CompoundedLiquid, e.Errors[0].Accepted!);
    }

    [Fact]
    public void Plan_CompoundedWithoutStrength_RejectedNamingField() =>
        AssertRejected(Request() with { Formulation = "compounded-liquid" }, "compoundedStrengthMg");

    [Theory]
    [InlineData(20)]
    [InlineData(25)]
    [InlineData(0)]
    public void Plan_FinalDoseNotBelowCurrent_RejectedNamingField(int final) =>
        AssertRejected(Request() with { FinalDoseMg = final }, "finalDoseMg");

    [Fact]
    public void Plan_NoStartDate_RejectedNamingField() =>
        AssertRejected(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 20m, FinalDoseMg = 5m }, "startDate");

    [Fact]
    public void Plan_AntidepressantWithBenzodiazepineMethod_RejectedNamingMethod() =>
        AssertRejected(Request() with { Method = "benzodiazepine", FinalDoseMg = 5m }, "method");

    [Fact]
    public void Plan_UnknownMethod_RejectedListingMethods()
    {
        var e = AssertRejected(Request() with { Method = "linear" }, "method");

        Assert.Equal(TaperMethods.AcceptedCodes, e.Errors[0].Accepted);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryField()
    {
        var errors = TaperPlanner.Validate(new TaperRequest { Drug = "citalopram", CurrentDoseMg = -1m, StepPercent = 80m, IntervalDays = 200 });

        Assert.Equal(["currentDoseMg", "startDate", "intervalDays", "stepPercent"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_ValidRequest_Empty() =>
        Assert.Empty(TaperPlanner.Validate(Request() with { FinalDoseMg = 5m }));

    [Fact]
    public void Validate_Null_OneError() => Assert.Single(TaperPlanner.Validate(null));

    private static ClinicalInputException AssertRejected(TaperRequest request, string field)
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(request));
        Assert.Contains(e.Errors, x => x.Field == field);
        Assert.Contains(TaperPlanner.Validate(request), x => x.Field == field);
        return e;
    }
}
