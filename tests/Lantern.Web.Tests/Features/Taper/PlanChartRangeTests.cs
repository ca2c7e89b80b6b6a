using Lantern.Clinical.Tapering;
using Lantern.Web.Features.Taper.Plans;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>The taper charts once began a week before the plan's first step, as if the plan ran then. They start on it.</summary>
[NeedsNoDatabase]
public sealed class PlanChartRangeTests
{
    private static readonly DateOnly Start = new(2026, 3, 10);

    public static TheoryData<string, decimal> Plans => new() { { "diazepam", 20m }, { "sertraline", 100m }, { "lorazepam", 4m } };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Range_AnyPlan_StartsOnTheFirstStepAndEndsAfterTheLast(string drug, decimal dose)
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = drug, CurrentDoseMg = dose, StartDate = Start });

        var (from, to) = PlanCharts.Range(schedule, null);

        Assert.Equal(schedule.Steps.Min(s => s.Date), from);
        Assert.True(from >= Start, $"{drug}: the chart starts {from}, before the plan's start {Start}");
        Assert.True(to > schedule.Steps.Max(s => s.Date));
    }

    [Fact]
    public void Range_TwoPacesCompared_StartsOnTheEarlierFirstStep()
    {
        var slow = TaperPlanner.Plan(new TaperRequest { Drug = "sertraline", CurrentDoseMg = 100m, StartDate = Start.AddDays(14) });
        var fast = TaperPlanner.Plan(new TaperRequest { Drug = "sertraline", CurrentDoseMg = 100m, StartDate = Start });

        Assert.Equal(fast.Steps[0].Date, PlanCharts.Range(slow, fast).From);
    }
}
