using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Tapering;

// Figures: clinical.md §1.6 B (DERIVED 10-point occupancy drops on the SECONDARY citalopram set).
public sealed class OccupancyTaperTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static TaperRequest Citalopram20() => new()
    {
        Drug = "citalopram",
        CurrentDoseMg = 20m,
        Method = "occupancy",
        StartDate = Start,
    };

    [Fact]
    public void Plan_Citalopram20TenPointDrops_GivesDerivedSequenceThenZero()
    {
        var schedule = TaperPlanner.Plan(Citalopram20());

        Assert.Equal(
            [8.10m, 4.47m, 2.72m, 1.68m, 1.00m, 0.52m, 0.15m, 0m],
            schedule.Steps.Select(s => Math.Round(s.DoseMg, 2)));
        Assert.Equal(10m, schedule.OccupancyDropPoints);
    }

    [Fact]
    public void Plan_Citalopram20_OccupancyFallsTenPointsEachStep()
    {
        var schedule = TaperPlanner.Plan(Citalopram20());

        Assert.Equal(
            [65.22m, 55.22m, 45.22m, 35.22m, 25.22m, 15.22m, 5.22m, 0m],
            schedule.Steps.Select(s => s.OccupancyPercent!.Value));
    }

    [Fact]
    public void Plan_Occupancy_EveryResultCarriesSecondaryStatusAndConflict()
    {
        var schedule = TaperPlanner.Plan(Citalopram20());

        Assert.Equal("secondary", schedule.OccupancyStatusCode);
        Assert.Equal("citalopram-striatum", schedule.OccupancyParameters!.Code);
        Assert.Contains(Refs.SorensenFitsViaThirdPartyCode, schedule.Sources);
        var estimate = Assert.Single(schedule.Warnings, w => w.Code == "occupancy-estimate");
        Assert.Contains("not checked against the original", estimate.Message, StringComparison.Ordinal);
        Assert.Contains(schedule.Warnings, w => w.Code == "occupancy-conflict" && w.Sources.Contains(Refs.CitalopramEd50Conflict));
        Assert.All(schedule.Steps, s => Assert.NotNull(s.OccupancyPercent));
    }

    [Fact]
    public void Plan_OccupancyFirstStepCutsOverHalf_WarnsLargeStep()
    {
        var schedule = TaperPlanner.Plan(Citalopram20());

        Assert.True(schedule.Steps[0].ReductionPercent > 50m);
        Assert.Contains(schedule.Warnings, w => w.Code == "large-step");
    }

    [Fact]
    public void Plan_SmallerDrop_MoreSteps()
    {
        var ten = TaperPlanner.Plan(Citalopram20());
        var five = TaperPlanner.Plan(Citalopram20() with { OccupancyDropPoints = 5m });

        Assert.True(five.Steps.Count > ten.Steps.Count);
        Assert.Equal(70.22m, Math.Round(five.Steps[0].OccupancyPercent!.Value, 2));
    }

    [Fact]
    public void Plan_OtherParameterSetChosen_UsedAndNamed()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest
        {
            Drug = "escitalopram", CurrentDoseMg = 10m, Method = "occupancy", StartDate = Start,
            OccupancyParameterSet = "escitalopram-dorsal-raphe",
        });

        Assert.Equal("escitalopram-dorsal-raphe", schedule.OccupancyParameters!.Code);
    }

    [Fact]
    public void Plan_FinalDoseGiven_StopsFromIt()
    {
        var schedule = TaperPlanner.Plan(Citalopram20() with { FinalDoseMg = 1m });

        Assert.Equal(1m, schedule.Steps[^2].DoseMg);
        Assert.Equal(0m, schedule.Steps[^1].DoseMg);
    }

    // Issue 12 item 5: drops that could not give a 10-point step used to be flagged "needs a liquid". On a liquid the
    // step now takes the gentler whole number of drops, and the plan ends when not even one drop fits the pace.
    [Fact]
    public void Plan_WithDrops_WholeDropsWithinTenPointsNeverFlaggedAsNeedingLiquid()
    {
        var schedule = TaperPlanner.Plan(Citalopram20() with { Formulation = "oral-drops-40-mg-per-ml" });

        var planned = schedule.Steps.Where(s => s.Kind == TaperStepKind.Planned).ToArray();
        Assert.NotEmpty(planned);
        Assert.All(planned, s => Assert.Equal(0m, s.DoseMg % 2m));
        Assert.All(schedule.Steps, s => Assert.False(s.NeedsFinerFormulation));
        Assert.All(schedule.Steps, s => Assert.DoesNotContain("needs a liquid", s.DoseDisplay, StringComparison.Ordinal));
        Assert.All(planned, s => Assert.True(s.OccupancyPercent is not null));
        // 8.10 mg would be 4.05 drops: 4 drops drops occupancy just over 10 points, so 5 drops (10 mg) is taken.
        Assert.Equal(10m, planned[0].DoseMg);
    }

    [Fact]
    public void Plan_DrugWithoutModel_RejectedNamingMethod() =>
        Assert.Equal("method", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(new TaperRequest
        {
            Drug = "diazepam", CurrentDoseMg = 10m, Method = "occupancy", StartDate = Start,
        })).Field);

    [Fact]
    public void Plan_UnknownParameterSet_RejectedListingCodes()
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Citalopram20() with { OccupancyParameterSet = "escitalopram-caudate" }));

        Assert.Equal("occupancyParameterSet", e.Field);
        Assert.Equal(["citalopram-striatum"], e.Errors[0].Accepted);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(25)]
    public void Plan_DropOutsideRange_RejectedNamingField(double drop) =>
        Assert.Equal("occupancyDropPoints", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Citalopram20() with { OccupancyDropPoints = (decimal)drop })).Field);

    [Fact]
    public void Plan_StepPercentWithOccupancy_RejectedNamingField() =>
        Assert.Equal("stepPercent", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Citalopram20() with { StepPercent = 10m })).Field);

    [Fact]
    public void Plan_OccupancyFieldsWithProportional_RejectedNamingFields()
    {
        var errors = TaperPlanner.Validate(Citalopram20() with { Method = "proportional", OccupancyDropPoints = 5m, OccupancyParameterSet = "citalopram-striatum", FinalDoseMg = 5m });

        Assert.Equal(["occupancyParameterSet", "occupancyDropPoints"], errors.Select(e => e.Field));
    }
}
