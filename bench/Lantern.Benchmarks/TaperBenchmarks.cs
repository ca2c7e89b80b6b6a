using BenchmarkDotNet.Attributes;
using Lantern.Clinical.Tapering;

namespace Lantern.Benchmarks;

/// <summary>
/// Taper schedule generation, including validation, rounding to a formulation and warnings. The preview endpoint
/// plans on every request, and a saved taper is re-planned after every recorded event, so these are the hot paths.
/// </summary>
[MemoryDiagnoser]
public class TaperBenchmarks
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    private readonly TaperRequest proportionalTablets = new()
    {
        Drug = "sertraline", CurrentDoseMg = 100m, StartDate = Start, Formulation = "tablets", FinalDoseMg = 12.5m,
    };

    // 5 % steps from 200 mg down to 2 mg (0.1 mL of the 20 mg/mL concentrate): about 90 rows, the long end of realistic plans.
    private readonly TaperRequest proportionalLongLiquid = new()
    {
        Drug = "sertraline", CurrentDoseMg = 200m, StepPercent = 5m, StartDate = Start, Formulation = "oral-concentrate-20-mg-per-ml",
    };

    private readonly TaperRequest occupancyDrops = new()
    {
        Drug = "citalopram", CurrentDoseMg = 20m, Method = "occupancy", StartDate = Start, Formulation = "oral-drops-40-mg-per-ml",
    };

    private readonly TaperRequest benzodiazepineTargetDate = new()
    {
        Drug = "diazepam", CurrentDoseMg = 20m, StartDate = Start, FinalDoseMg = 10m, TargetDate = Start.AddDays(56), Formulation = "tablets",
    };

    private readonly TaperRequest withEvents = new()
    {
        Drug = "sertraline", CurrentDoseMg = 50m, StartDate = Start, FinalDoseMg = 25m,
        Events =
        [
            new(Start, TaperEventKind.StepTaken, DoseTakenMg: 45m),
            new(Start.AddDays(28), TaperEventKind.Hold),
            new(Start.AddDays(56), TaperEventKind.SlowDown, StepPercent: 5m),
            new(Start.AddDays(56), TaperEventKind.StepTaken, DoseTakenMg: 42.75m),
            new(Start.AddDays(60), TaperEventKind.StepBack),
        ],
    };

    [Benchmark]
    public TaperSchedule ProportionalTablets() => TaperPlanner.Plan(proportionalTablets);

    [Benchmark]
    public TaperSchedule ProportionalLongLiquid() => TaperPlanner.Plan(proportionalLongLiquid);

    [Benchmark]
    public TaperSchedule OccupancyDrops() => TaperPlanner.Plan(occupancyDrops);

    [Benchmark]
    public TaperSchedule BenzodiazepineTargetDate() => TaperPlanner.Plan(benzodiazepineTargetDate);

    [Benchmark]
    public TaperSchedule ReplanAfterEvents() => TaperPlanner.Plan(withEvents);
}
