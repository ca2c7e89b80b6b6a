using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Tests.Tapering;

// The hold rule (NICE QS8 / NG222 1.4.17, clinical.md §1.4 and §1.6 D) and recomputation after recorded events.
public sealed class TaperEventsTests
{
    private static readonly DateOnly Start = new(2026, 4, 6);

    private static TaperRequest Sertraline(params TaperEvent[] events) => new()
    {
        Drug = "sertraline",
        CurrentDoseMg = 50m,
        StartDate = Start,
        FinalDoseMg = 25m,
        Events = events,
    };

    private static TaperEvent Taken(int day, decimal dose) => new(Start.AddDays(day), TaperEventKind.StepTaken, DoseTakenMg: dose);

    private static TaperEvent Hold(int day) => new(Start.AddDays(day), TaperEventKind.Hold);

    private static TaperEvent StepBack(int day) => new(Start.AddDays(day), TaperEventKind.StepBack);

    private static TaperEvent SlowDown(int day, decimal percent) => new(Start.AddDays(day), TaperEventKind.SlowDown, StepPercent: percent);

    [Fact]
    public void Plan_HoldRecorded_DoseKeptAndNextStepOneIntervalAfterHold()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m), Hold(28)));

        Assert.Equal((TaperStepKind.Taken, 45m), (schedule.Steps[0].Kind, schedule.Steps[0].DoseMg));
        Assert.Equal((TaperStepKind.Held, 45m, Start.AddDays(28)), (schedule.Steps[1].Kind, schedule.Steps[1].DoseMg, schedule.Steps[1].Date));
        Assert.Equal((TaperStepKind.Planned, 40.5m, Start.AddDays(56)), (schedule.Steps[2].Kind, schedule.Steps[2].DoseMg, schedule.Steps[2].Date));
        Assert.Equal(0m, schedule.Steps[1].ReductionPercent);
    }

    [Fact]
    public void Plan_StepBack_ReturnsToDoseBeforeLastCutAndRecomputesFromIt()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m), Taken(28, 40.5m), StepBack(35)));

        var back = schedule.Steps[2];
        Assert.Equal((TaperStepKind.SteppedBack, 45m), (back.Kind, back.DoseMg));
        Assert.Equal(-11.11m, back.ReductionPercent);
        Assert.Equal((40.5m, Start.AddDays(63)), (schedule.Steps[3].DoseMg, schedule.Steps[3].Date));
    }

    [Fact]
    public void Plan_TwoStepBacks_GoBackTwoDoses()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m), Taken(28, 40.5m), StepBack(35), StepBack(42)));

        Assert.Equal(50m, schedule.Steps[3].DoseMg);
        Assert.Equal(45m, schedule.Steps[4].DoseMg);
    }

    [Fact]
    public void Plan_StepBackWithNothingEarlier_RejectedNamingEvent()
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Sertraline(Taken(0, 45m), StepBack(5), StepBack(6))));

        Assert.Equal("events[2].kind", e.Field);
    }

    [Fact]
    public void Plan_SlowDown_SmallerPercentFromTheStepThatWasDue()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m), SlowDown(28, 5m)));

        Assert.Equal(TaperStepKind.SlowedDown, schedule.Steps[1].Kind);
        Assert.Equal(5m, schedule.StepPercent);
        Assert.Equal((42.75m, Start.AddDays(28)), (schedule.Steps[2].DoseMg, schedule.Steps[2].Date));
        Assert.Equal(Start.AddDays(56), schedule.Steps[3].Date);
    }

    [Fact]
    public void Plan_SlowDownMidInterval_DoesNotBringTheNextStepForward()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m), SlowDown(10, 5m)));

        Assert.Equal(Start.AddDays(28), schedule.Steps[2].Date);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(4)]
    public void Plan_SlowDownNotSmaller_RejectedNamingField(int percent) =>
        Assert.Equal("events[1].stepPercent", Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Sertraline(Taken(0, 45m), SlowDown(28, percent)))).Field);

    [Fact]
    public void Plan_OccupancySlowDown_UsesDropPoints()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest
        {
            Drug = "citalopram", CurrentDoseMg = 20m, Method = "occupancy", StartDate = Start,
            Events = [new(Start, TaperEventKind.SlowDown, OccupancyDropPoints: 5m)],
        });

        Assert.Equal(5m, schedule.OccupancyDropPoints);
        Assert.Equal(70.22m, schedule.Steps[1].OccupancyPercent);
    }

    [Fact]
    public void Plan_DoseTakenDiffersFromPlan_FutureStepsRecomputedFromIt()
    {
        var withEvent = TaperPlanner.Plan(Sertraline(Taken(0, 46m)));
        var fresh = TaperPlanner.Plan(Sertraline() with { CurrentDoseMg = 46m, StartDate = Start.AddDays(28) });

        Assert.Equal(41.4m, withEvent.Steps[1].DoseMg);
        Assert.Equal(
            fresh.Steps.Select(s => (s.Date, s.DoseMg, s.Kind)),
            withEvent.Steps.Skip(1).Select(s => (s.Date, s.DoseMg, s.Kind)));
    }

    [Fact]
    public void Plan_DoseTakenHigherThanBefore_RejectedAskingForStepBack()
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Sertraline(Taken(0, 45m), Taken(28, 47m))));

        Assert.Equal("events[1].doseTakenMg", e.Field);
        Assert.Contains("step-back", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_EventBeforeStartOrOutOfOrder_RejectedNamingDate()
    {
        var errors = TaperPlanner.Validate(Sertraline(Taken(-1, 45m), Taken(28, 45m), Hold(20)));

        Assert.Equal(["events[0].date", "events[2].date"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Plan_UndefinedEventKind_RejectedListingKinds()
    {
        var e = Assert.Throws<ClinicalInputException>(() => TaperPlanner.Plan(Sertraline(new TaperEvent(Start, (TaperEventKind)42))));

        Assert.Equal("events[0].kind", e.Field);
        Assert.Equal(TaperEventKinds.AcceptedCodes, e.Errors[0].Accepted);
    }

    [Fact]
    public void Plan_StoppedAlready_NoFurtherProposals()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m), Taken(28, 0m)));

        Assert.Equal(2, schedule.Steps.Count);
        Assert.All(schedule.Steps, s => Assert.True(s.Kind.IsRecorded()));
    }

    [Fact]
    public void Plan_RecordedRowsNotGatedProposedRowsGated()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m)));

        Assert.False(schedule.Steps[0].GoAheadOnlyIfSymptomsTolerable);
        Assert.All(schedule.Steps.Skip(1), s => Assert.True(s.GoAheadOnlyIfSymptomsTolerable));
    }

    [Fact]
    public void Plan_SymptomsNotTolerable_NextStepSuggestsHolding()
    {
        var schedule = TaperPlanner.Plan(Sertraline(Taken(0, 45m)) with { SymptomsTolerable = false });

        Assert.Equal(HoldAdvice.Hold, schedule.NextStepAdvice);
        Assert.Equal("hold", schedule.NextStepAdviceCode);
        Assert.True(schedule.Steps[1].HoldSuggested);
        Assert.All(schedule.Steps.Skip(2), s => Assert.False(s.HoldSuggested));
        var warning = Assert.Single(schedule.Warnings, w => w.Code == "hold-suggested");
        Assert.Contains(Refs.NiceQs8, warning.Sources);
    }

    [Theory]
    [InlineData(true, HoldAdvice.GoAhead)]
    [InlineData(false, HoldAdvice.Hold)]
    [InlineData(null, HoldAdvice.CheckSymptomsFirst)]
    public void Advise_Tolerability_GivesAdvice(bool? tolerable, HoldAdvice advice)
    {
        Assert.Equal(advice, HoldRule.Advise(tolerable));
        Assert.Equal(advice, TaperPlanner.Plan(Sertraline() with { SymptomsTolerable = tolerable }).NextStepAdvice);
    }

    [Fact]
    public void Advise_ChecklistNotTolerable_Hold()
    {
        var ratings = Enumerable.Repeat(0, WithdrawalChecklist.ItemCount).ToArray();
        ratings[0] = 2;

        Assert.Equal(HoldAdvice.Hold, HoldRule.Advise(WithdrawalChecklist.Score(ratings, symptomsTolerable: false)));
        Assert.Equal(HoldAdvice.GoAhead, HoldRule.Advise(WithdrawalChecklist.Score(ratings, symptomsTolerable: true)));
        Assert.Equal(HoldAdvice.GoAhead, HoldRule.Advise(WithdrawalChecklist.Score(new int[WithdrawalChecklist.ItemCount], symptomsTolerable: null)));
    }

    [Fact]
    public void Explain_Hold_OffersTheThreeChoicesWithoutAHoldLength()
    {
        var text = HoldRule.Explain(HoldAdvice.Hold);

        Assert.Contains("smaller steps", text, StringComparison.Ordinal);
        Assert.Contains("previous dose", text, StringComparison.Ordinal);
        Assert.DoesNotContain("week", text, StringComparison.OrdinalIgnoreCase); // no source gives a hold length
    }

    [Fact]
    public void Plan_BenzodiazepineRecordedCutOverAsamLimit_Warns()
    {
        var schedule = TaperPlanner.Plan(new TaperRequest
        {
            Drug = "diazepam", CurrentDoseMg = 20m, StartDate = Start, FinalDoseMg = 2m,
            Events = [new(Start, TaperEventKind.StepTaken, DoseTakenMg: 14m)],
        });

        Assert.Contains(schedule.Warnings, w => w.Code == "recorded-step-over-asam-limit");
    }

    [Theory]
    [InlineData("step-taken", TaperEventKind.StepTaken)]
    [InlineData(" Hold ", TaperEventKind.Hold)]
    [InlineData("slow-down", TaperEventKind.SlowDown)]
    [InlineData("step-back", TaperEventKind.StepBack)]
    public void FromCode_EachCode_RoundTrips(string code, TaperEventKind kind)
    {
        Assert.Equal(kind, TaperEventKinds.FromCode(code));
        Assert.Equal(code.Trim().ToLowerInvariant(), kind.ToCode());
    }

    [Fact]
    public void FromCode_Unknown_Null() => Assert.Null(TaperEventKinds.FromCode("pause"));
}
