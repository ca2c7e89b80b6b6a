using Lantern.Clinical.Tapering;

namespace Lantern.Clinical.Tests.Tapering;

/// <summary>
/// Property tests over many seeded random plans and event histories (issue 6): doses never rise without a step-back,
/// never go below zero, every proposed step keeps to its pace (ASAM's for benzodiazepines), rounding moves a dose by
/// at most half a unit or only upwards (a gentler step), and the plan after events equals a fresh plan from the dose
/// actually taken. Issue 12: the forms a plan uses come in contiguous phases, a step on a liquid never "needs a
/// liquid", and a last step larger than the plan's typical step always carries a warning.
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

    // clinical.md §1.6 C (DERIVED from NICE NG222 1.4.17): 20 -> 10 -> 5 -> 2.5 -> 1.25 at 50 %. With no last dose the
    // plan keeps that sequence and goes on below it, where it used to end 2.5 -> 2 -> stop (issue 12).
    [Fact]
    public void Plan_Nice50PercentNoFinalDose_KeepsVectorCAndGoesOnBelowIt()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 20m, StartDate = Start, StepPercent = 50m });

        Assert.Equal([10m, 5m, 2.5m, 1.25m], schedule.Steps.Take(4).Select(s => s.DoseMg));
        Assert.All(schedule.Steps.Where(s => s.Kind == TaperStepKind.Planned), s => Assert.Equal(50m, s.ReductionPercent));
        Assert.True(schedule.FinalDoseMg < 1.25m);
        Assert.DoesNotContain(schedule.Steps, s => s.DoseMg == 2m);
    }

    // clinical.md §1.6 C, second row: 10 -> 7.5 -> 5.625 -> 4.22 at 25 %.
    [Fact]
    public void Plan_Nice25PercentNoFinalDose_KeepsVectorC()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 10m, StartDate = Start, StepPercent = 25m });

        Assert.Equal([7.5m, 5.625m], schedule.Steps.Take(2).Select(s => s.DoseMg));
        Assert.Equal(4.22m, Math.Round(schedule.Steps[2].DoseMg, 2));
    }

    // clinical.md §1.6 B (SECONDARY citalopram set): 2.5 mg -> 43.47 %, 1 mg -> 25.22 %. Stopping from those doses drops
    // occupancy by that many points, far more than the 50 % steps before (at most about 14 points).
    [Theory]
    [InlineData(2.5, 43.47)]
    [InlineData(1, 25.22)]
    public void FinalStep_StopFromVectorBDose_ReportsThatOccupancyAsTheDropAndWarns(double final, double points)
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 20m, StartDate = Start, StepPercent = 50m, FinalDoseMg = (decimal)final });

        var last = schedule.FinalStep!;
        Assert.Equal((decimal)points, last.OccupancyPoints);
        Assert.Equal("citalopram-striatum", last.OccupancyParameters!.Code);
        Assert.True(last.LargerThanTypical);
        var warning = Assert.Single(schedule.Warnings, w => w.Code == "final-step-larger");
        Assert.Contains(Refs.SorensenFitsViaThirdPartyCode, warning.Sources);
        Assert.Contains("seen only in a secondary source", warning.Message, StringComparison.Ordinal);
    }

    // clinical.md §1.6 B: 10-point drops from 20 mg end at 0.15 mg (5.22 %); stopping from there is a 5.22-point drop,
    // smaller than the 10-point steps before it, so there is no final-step warning.
    [Fact]
    public void FinalStep_OccupancyDefaultEndsAtVectorB_SmallerThanTypicalNoWarning()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 20m, StartDate = Start, Method = "occupancy" });

        var last = schedule.FinalStep!;
        Assert.Equal(0.15m, Math.Round(last.FromDoseMg, 2));
        Assert.Equal(5.22m, last.OccupancyPoints);
        Assert.Equal(10m, last.TypicalStepOccupancyPoints);
        Assert.False(last.LargerThanTypical);
        Assert.DoesNotContain(schedule.Warnings, w => w.Code == "final-step-larger");
    }

    // Issue 12: sertraline tablets with no last dose used to end 12.5 mg -> stop, about 57 points on the SECONDARY fit.
    // Tablets cannot give a 10 % step from 50 mg, so the liquid is used from step 1, down to 3.6 mg (0.18 mL).
    [Fact]
    public void Plan_SertralineTabletsNoFinalDose_LiquidFromNamedStepAndSmallerLastStep()
    {
        var request = new TaperRequest { Drug = "sertraline", CurrentDoseMg = 50m, StartDate = Start, Formulation = "tablets" };

        var schedule = TaperPlanner.Plan(request);
        var before = TaperPlanner.Plan(request with { Formulation = null, FinalDoseMg = 12.5m });

        var phase = Assert.Single(schedule.Phases);
        Assert.Equal((TaperPhaseKind.Liquid, 1), (phase.Kind, phase.FirstStepNumber));
        Assert.Equal("oral-concentrate-20-mg-per-ml", phase.Formulation!.Code);
        Assert.Equal(3.6m, schedule.FinalDoseMg);
        Assert.Equal("0.18 mL", schedule.Steps[^2].Practical!.Amount);
        Assert.Equal(29.26m, schedule.FinalStep!.OccupancyPoints);
        Assert.Equal(56.88m, before.FinalStep!.OccupancyPoints);
        Assert.True(schedule.FinalStep.LargerThanTypical);
        Assert.Contains(schedule.Warnings, w => w.Code == "final-step-larger");
        Assert.Contains(schedule.Warnings, w => w.Code == "liquid-caution" && w.Message.Contains("diluted", StringComparison.Ordinal));
    }

    // Issue 12: citalopram tablets at 50 % used to end 10 mg -> stop. One tablet step, then the oral solution from step 2.
    [Fact]
    public void Plan_CitalopramTabletsNoFinalDose_TabletsThenLiquidNeverNeedsALiquid()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "citalopram", CurrentDoseMg = 20m, StartDate = Start, StepPercent = 50m, Formulation = "tablets" });

        Assert.Equal([TaperPhaseKind.ChosenForm, TaperPhaseKind.Liquid], schedule.Phases.Select(p => p.Kind));
        Assert.Equal("Step 1: film-coated tablets.", schedule.Phases[0].Text);
        Assert.StartsWith("From step 2 (2026-06-29), use the oral solution 10 mg/5 mL (2 mg/mL)", schedule.Phases[1].Text, StringComparison.Ordinal);
        Assert.Equal(0.04m, schedule.FinalDoseMg); // 0.02 mL: from 0.04 mg a 50 % step would be less than one mark
        Assert.All(schedule.Steps, s => Assert.False(s.NeedsFinerFormulation));
        Assert.False(schedule.FinalStep!.LargerThanTypical);
    }

    // No licensed liquid of duloxetine was sourced: the steps capsules cannot give are one "pharmacy-made" phase, and
    // the default end stays at the smallest capsule, with the size of that last step shown and warned.
    [Fact]
    public void Plan_DuloxetineNoLiquid_CompoundedPhaseAndLargeLastStepWarned()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest { Drug = "duloxetine", CurrentDoseMg = 60m, StartDate = Start, StepPercent = 25m, Formulation = "delayed-release-capsules" });

        Assert.Equal([TaperPhaseKind.ChosenForm, TaperPhaseKind.CompoundedStrength], schedule.Phases.Select(p => p.Kind));
        Assert.All(schedule.Steps.Where(s => s.Number >= schedule.Phases[1].FirstStepNumber && s.Kind == TaperStepKind.Planned), s =>
        {
            Assert.True(s.NeedsFinerFormulation);
            Assert.EndsWith("needs a strength a pharmacy makes up", s.DoseDisplay, StringComparison.Ordinal);
        });
        Assert.Equal(20m, schedule.FinalDoseMg);
        Assert.Contains(schedule.Warnings, w => w.Code == "final-step-larger");
        Assert.Contains("pharmacy-made liquid could take the taper lower", Assert.Single(schedule.Warnings, w => w.Code == "final-dose-defaulted").Message, StringComparison.Ordinal);
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

            if (step.Practical is { } practical)
            {
                Assert.True(
                    practical.RoundingErrorMg <= practical.SmallestUnitMg / 2m || practical.DoseMg >= practical.RequestedMg
                        || practical.RequestedMg == request.FinalDoseMg, // landing just below a chosen last dose the form cannot give

                    $"{context}: rounding moved {practical.RequestedMg} to {practical.DoseMg}");
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

        AssertPhasesContiguous(schedule, context);
        AssertNoLiquidStepNeedsALiquid(schedule, context);
        AssertLargeFinalStepWarned(schedule, context);
        AssertEqualsFreshPlanFromLastRecordedDose(request, schedule, context);
    }

    /// <summary>Phases cover the proposed reductions in order, without gaps, and only ever move from the chosen form onwards.</summary>
    private static void AssertPhasesContiguous(TaperSchedule schedule, string context)
    {
        var planned = schedule.Steps.Where(s => s.Kind == TaperStepKind.Planned).ToArray();
        if (schedule.Phases.Count == 0)
        {
            Assert.True(schedule.Formulation is null || schedule.Drug.Class.UsesBenzodiazepineRules() || planned.Length == 0, $"{context}: no phases");
            return;
        }

        Assert.Equal(planned[0].Number, schedule.Phases[0].FirstStepNumber);
        Assert.Equal(planned[^1].Number, schedule.Phases[^1].LastStepNumber);
        for (var i = 0; i < schedule.Phases.Count; i++)
        {
            var phase = schedule.Phases[i];
            Assert.True(phase.FirstStepNumber <= phase.LastStepNumber, $"{context}: empty phase");
            Assert.True(i == 0 ? phase.Kind == TaperPhaseKind.ChosenForm || schedule.Phases.Count == 1 : phase.Kind != TaperPhaseKind.ChosenForm, $"{context}: phases out of order");
            if (i > 0)
            {
                Assert.Equal(schedule.Phases[i - 1].LastStepNumber + 1, phase.FirstStepNumber);
            }

            foreach (var step in planned.Where(s => s.Number >= phase.FirstStepNumber && s.Number <= phase.LastStepNumber))
            {
                Assert.Equal(phase.Formulation?.Code, step.MeasuredIn?.Code);
            }
        }

        Assert.True(schedule.Phases.Count <= 2, $"{context}: more than one switch");
    }

    /// <summary>Someone on a liquid, by choice or from a named step, is never told a step needs a liquid.</summary>
    private static void AssertNoLiquidStepNeedsALiquid(TaperSchedule schedule, string context)
    {
        foreach (var step in schedule.Steps.Where(s => s.MeasuredIn is { IsLiquid: true } || (schedule.Formulation is { IsLiquid: true } && !s.Kind.IsRecorded())))
        {
            Assert.False(step.NeedsFinerFormulation, $"{context}: liquid step {step.Number} flagged as needing a liquid");
            Assert.DoesNotContain("needs a liquid", step.DoseDisplay, StringComparison.Ordinal);
        }

        if (schedule.Formulation is { IsLiquid: true })
        {
            Assert.DoesNotContain(schedule.Warnings, w => w.Code == "step-needs-finer-formulation");
        }
    }

    /// <summary>
    /// A last step larger than the typical (median) proposed step, in estimated occupancy points where the medicine has
    /// a parameter set and otherwise in percent of the dose before it, always carries the final-step warning.
    /// </summary>
    private static void AssertLargeFinalStepWarned(TaperSchedule schedule, string context)
    {
        if (schedule.Steps.Count == 0 || schedule.Steps[^1].Kind != TaperStepKind.Stop || schedule.Drug.Class.UsesBenzodiazepineRules())
        {
            return;
        }

        var set = schedule.OccupancyParameters ?? OccupancyParameterSets.DefaultFor(schedule.Drug.Name)!;
        var from = schedule.Steps.Count > 1 ? schedule.Steps[^2].DoseMg : schedule.StartingDoseMg;
        var drops = new List<decimal>();
        var previous = schedule.StartingDoseMg;
        foreach (var step in schedule.Steps)
        {
            if (step.Kind == TaperStepKind.Planned)
            {
                drops.Add(set.OccupancyPercent(previous) - set.OccupancyPercent(step.DoseMg));
            }

            previous = step.DoseMg;
        }

        var final = schedule.FinalStep;
        Assert.NotNull(final);
        Assert.Equal(from, final.FromDoseMg);
        Assert.Equal(100m, final.PercentOfPreviousDose);
        var larger = drops.Count == 0
            ? final.TypicalStepOccupancyPoints is not { } nominal || Math.Round(set.OccupancyPercent(from), 2) > nominal
            : Math.Round(set.OccupancyPercent(from), 2) > Math.Round(Median(drops), 2);
        if (larger)
        {
            Assert.True(final.LargerThanTypical, $"{context}: final step of {set.OccupancyPercent(from)} points not marked larger");
            Assert.Contains(schedule.Warnings, w => w.Code == "final-step-larger");
        }
        else
        {
            Assert.DoesNotContain(schedule.Warnings, w => w.Code == "final-step-larger");
        }
    }

    private static decimal Median(List<decimal> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2m;
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
            FinalDoseMg = request.FinalDoseMg is null ? null : schedule.FinalDoseMg,
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
