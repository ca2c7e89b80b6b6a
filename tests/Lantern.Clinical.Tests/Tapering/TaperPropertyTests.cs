using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

/// <summary>
/// Property tests over many seeded random plans and event histories (issue 6): doses never rise without a step-back,
/// never go below zero, every proposed step keeps to its pace (ASAM's for benzodiazepines), rounding moves a dose by
/// at most half a unit, and the plan after events equals a fresh plan from the dose actually taken.
/// </summary>
public sealed class TaperPropertyTests
{
    private const int Cases = 400;

    private static readonly DateOnly Start = new(2026, 6, 1);

    [Fact]
    public void Plan_RandomRequestsAndHistories_PropertiesHold()
    {
        var random = new Random(20260601);
        var planned = 0;
        for (var i = 0; i < Cases; i++)
        {
            var request = RandomRequest(random);
            var schedule = TaperPlanner.Plan(request);
            for (var e = 0; e < random.Next(0, 6) && TryAddEvent(random, ref request, schedule); e++)
            {
                schedule = TaperPlanner.Plan(request);
            }

            AssertProperties(request, schedule);
            planned += schedule.Steps.Count;
        }

        Assert.True(planned > Cases * 3);
    }

    private static void AssertProperties(TaperRequest request, TaperSchedule schedule)
    {
        var context = $"{schedule.Drug.Name} {schedule.MethodCode} {request.CurrentDoseMg} mg, {schedule.StepPercent} %/{schedule.IntervalDays} d, "
            + $"{schedule.Formulation?.Code ?? "mg"}, events: {string.Join(", ", (request.Events ?? []).Select(e => $"{e.KindCode}@{e.Date}"))}";

        var previous = schedule.StartingDoseMg;
        var previousDate = DateOnly.MinValue;
        foreach (var step in schedule.Steps)
        {
            Assert.True(step.DoseMg >= 0m, $"{context}: negative dose at {step.Date}");
            Assert.True(step.DoseMg <= previous || step.Kind == TaperStepKind.SteppedBack, $"{context}: dose rose to {step.DoseMg} at {step.Date} without a step-back");
            Assert.True(step.Date >= previousDate, $"{context}: dates out of order at {step.Date}");

            if (step.Kind == TaperStepKind.Planned)
            {
                Assert.True(step.DoseMg > 0m && step.DoseMg < previous, $"{context}: planned step {step.DoseMg} from {previous}");
                AssertPace(schedule, previous, step, context);
            }

            if (step.Practical is { } practical && schedule.Formulation is { } f)
            {
                var unit = f.SmallestUnitMg(request.LiquidIncrementMl ?? DoseRounding.DefaultLiquidIncrementMl);
                Assert.True(practical.RoundingErrorMg <= unit / 2m, $"{context}: rounding moved {practical.RequestedMg} to {practical.DoseMg}");
                Assert.Equal(practical.DoseMg, step.DoseMg);
            }

            previous = step.DoseMg;
            previousDate = step.Date;
        }

        if (schedule.Steps.Count > 0 && !schedule.Steps[^1].Kind.IsRecorded())
        {
            Assert.Equal(TaperStepKind.Stop, schedule.Steps[^1].Kind);
            Assert.Equal(0m, schedule.Steps[^1].DoseMg);
        }

        if (schedule.Method == TaperMethod.Benzodiazepine)
        {
            TaperAssert.BenzodiazepineWindowRespected(schedule);
        }

        AssertEqualsFreshPlanFromLastRecordedDose(request, schedule, context);
    }

    private static void AssertPace(TaperSchedule schedule, decimal previous, TaperStep step, string context)
    {
        if (schedule.Method == TaperMethod.Occupancy)
        {
            var set = schedule.OccupancyParameters!;
            var drop = set.OccupancyPercent(previous) - set.OccupancyPercent(step.DoseMg);
            Assert.True(drop <= schedule.OccupancyDropPoints!.Value + 0.000001m, $"{context}: occupancy fell {drop} points at {step.Date}");
            return;
        }

        var cut = (previous - step.DoseMg) / previous * 100m;
        Assert.True(cut <= schedule.StepPercent + 0.000001m, $"{context}: cut {cut} % at {step.Date}");
    }

    /// <summary>After recorded events, the proposals must be exactly what a fresh plan from the last dose taken gives.</summary>
    private static void AssertEqualsFreshPlanFromLastRecordedDose(TaperRequest request, TaperSchedule schedule, string context)
    {
        var recorded = schedule.Steps.TakeWhile(s => s.Kind.IsRecorded()).ToArray();
        var proposed = schedule.Steps.Skip(recorded.Length).ToArray();
        if (recorded.Length == 0 || proposed.Length == 0 || recorded[^1].DoseMg <= schedule.FinalDoseMg
            || (schedule.Method == TaperMethod.Benzodiazepine && schedule.IntervalDays < BenzodiazepinePace.WindowDays))
        {
            return; // a fresh plan needs a dose above the final dose; short benzodiazepine intervals depend on earlier history
        }

        var fresh = TaperPlanner.Plan(request with
        {
            CurrentDoseMg = recorded[^1].DoseMg,
            StartDate = proposed[0].Date,
            StepPercent = schedule.Method == TaperMethod.Occupancy ? null : schedule.StepPercent,
            OccupancyDropPoints = schedule.OccupancyDropPoints,
            FinalDoseMg = schedule.Method == TaperMethod.Occupancy && request.FinalDoseMg is null ? null : schedule.FinalDoseMg,
            Events = [],
        });

        Assert.True(
            fresh.Steps.Select(s => (s.Date, s.DoseMg, s.Kind)).SequenceEqual(proposed.Select(s => (s.Date, s.DoseMg, s.Kind))),
            $"{context}: proposals differ from a fresh plan from {recorded[^1].DoseMg} mg");
    }

    private static TaperRequest RandomRequest(Random random)
    {
        var drug = DrugCatalogue.All[random.Next(DrugCatalogue.All.Count)];
        var isBenzodiazepine = drug.Class.UsesBenzodiazepineRules();
        var formulation = drug.Formulations.Count > 0 && random.Next(4) > 0 ? drug.Formulations[random.Next(drug.Formulations.Count)].Code : null;
        var useOccupancy = !isBenzodiazepine && random.Next(3) == 0;
        var dose = Math.Round((decimal)(random.NextDouble() * (isBenzodiazepine ? 40 : 200)) + 1m, 2);
        var interval = random.Next(TaperPlanner.MinIntervalDays, TaperPlanner.MaxIntervalDays + 1);

        decimal? percent = null;
        if (!useOccupancy)
        {
            var max = isBenzodiazepine ? Math.Min(25m, BenzodiazepinePace.MaxStepPercentWithinCeiling(interval)) : TaperPlanner.MaxStepPercent;
            percent = Math.Round(TaperPlanner.MinStepPercent + ((decimal)random.NextDouble() * (max - TaperPlanner.MinStepPercent)), 2);
        }

        decimal? final = drug.Formulations.Count == 0 || random.Next(2) == 0 ? Math.Round(dose * (decimal)(0.02 + (random.NextDouble() * 0.5)), 2) : null;
        if (final is <= 0m)
        {
            final = 0.01m;
        }

        return new TaperRequest
        {
            Drug = drug.Name,
            CurrentDoseMg = dose,
            Method = useOccupancy ? "occupancy" : null,
            StepPercent = percent,
            IntervalDays = interval,
            StartDate = Start,
            FinalDoseMg = useOccupancy && random.Next(2) == 0 ? null : final,
            Formulation = formulation,
            OccupancyDropPoints = useOccupancy ? random.Next(2, 16) : null,
            LiquidIncrementMl = random.Next(3) == 0 ? 0.5m : null,
        };
    }

    /// <summary>Adds one plausible event at the next proposed step; false when there is nothing left to act on.</summary>
    private static bool TryAddEvent(Random random, ref TaperRequest request, TaperSchedule schedule)
    {
        var next = schedule.Steps.FirstOrDefault(s => !s.Kind.IsRecorded());
        if (next is null)
        {
            return false;
        }

        var current = TaperAssert.DoseInEffect(schedule, next.Date.AddDays(-1));
        var date = next.Date.AddDays(random.Next(0, 4));
        var hasEarlierDose = schedule.Steps.Count(s => s.Kind == TaperStepKind.Taken) > schedule.Steps.Count(s => s.Kind == TaperStepKind.SteppedBack);
        TaperEvent? e = random.Next(5) switch
        {
            0 or 1 => new(date, TaperEventKind.StepTaken, DoseTakenMg: next.DoseMg),
            2 => new(date, TaperEventKind.StepTaken, DoseTakenMg: Math.Round(current - ((current - next.DoseMg) * (decimal)random.NextDouble()), 3)),
            3 when random.Next(2) == 0 => new(date, TaperEventKind.Hold),
            3 when hasEarlierDose => new(date, TaperEventKind.StepBack),
            _ when schedule.Method == TaperMethod.Occupancy && schedule.OccupancyDropPoints > TaperPlanner.MinOccupancyDropPoints + 1m =>
                new(date, TaperEventKind.SlowDown, OccupancyDropPoints: schedule.OccupancyDropPoints!.Value - 1m),
            _ when schedule.Method != TaperMethod.Occupancy && schedule.StepPercent > TaperPlanner.MinStepPercent + 1m =>
                new(date, TaperEventKind.SlowDown, StepPercent: schedule.StepPercent - 1m),
            _ => new(date, TaperEventKind.Hold),
        };

        request = request with { Events = [.. request.Events ?? [], e] };
        return true;
    }
}
