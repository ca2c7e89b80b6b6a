using Lantern.Web.Features.Insights;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Insights;

/// <summary>The insight arithmetic with hand-made days, worked out by hand in each test.</summary>
[NeedsNoDatabase]
public sealed class InsightMathsTests
{
    private static readonly DateOnly Start = new(2026, 11, 1);

    private static DayValue[] Days(params double[] values) => [.. values.Select((v, i) => new DayValue(Start.AddDays(i), v))];

    [Fact]
    public void DayAfterSession_ThreeDaysEachSide_AveragesEachSide()
    {
        // Sessions on 1, 3 and 5 Nov: the days after are 2, 4 and 6 Nov (moods 8, 6, 7); the others 1, 3, 5, 7 Nov (4, 5, 3, 4).
        var mood = Days(4, 8, 5, 6, 3, 7, 4);
        var comparison = InsightMaths.DayAfterSession(mood, [Start, Start.AddDays(2), Start.AddDays(4)]);

        Assert.True(comparison.Enough);
        Assert.Equal(3, comparison.DaysIn);
        Assert.Equal(7.0, comparison.AverageIn);
        Assert.Equal(4, comparison.DaysOther);
        Assert.Equal(4.0, comparison.AverageOther);
        Assert.Equal(7, comparison.TotalDays);
    }

    [Fact]
    public void DayAfterSession_TooFewDays_SaysSoAndShowsNoAverage()
    {
        var mood = Days(4, 8, 5, 6, 3);
        var comparison = InsightMaths.DayAfterSession(mood, [Start, Start.AddDays(2)]);

        Assert.False(comparison.Enough);
        Assert.Equal(2, comparison.DaysIn);
        Assert.Equal(3, comparison.DaysOther);
        Assert.Null(comparison.AverageIn);
        Assert.Null(comparison.AverageOther);
    }

    [Fact]
    public void SleepAndMood_SplitsAtTheMedian_OnlyDaysWithBoth()
    {
        // Sleep 5, 6, 7, 8, 9, 6.5 (median of six: (6.5 + 7) / 2 = 6.75); the 7th day has sleep but no mood and is left out.
        var sleep = Days(5, 6, 7, 8, 9, 6.5, 10);
        var mood = Days(3, 4, 6, 7, 8, 5);
        var result = InsightMaths.SleepAndMood(sleep, mood);

        Assert.Equal(6.75, result.MedianSleep);
        Assert.True(result.Mood.Enough);
        // More sleep: 7, 8, 9 hours → moods 6, 7, 8 → 7.0; the rest: 5, 6, 6.5 hours → moods 3, 4, 5 → 4.0.
        Assert.Equal(7.0, result.Mood.AverageIn);
        Assert.Equal(4.0, result.Mood.AverageOther);
        Assert.Equal(6, result.Mood.TotalDays);
    }

    [Fact]
    public void SleepAndMood_NoSleepGiven_IsNotEnough()
    {
        var result = InsightMaths.SleepAndMood([], Days(5, 5, 5));

        Assert.Null(result.MedianSleep);
        Assert.False(result.Mood.Enough);
        Assert.Equal(0, result.Mood.TotalDays);
    }

    [Fact]
    public void Median_OddAndEven()
    {
        Assert.Equal(2.0, InsightMaths.Median([3, 1, 2]));
        Assert.Equal(2.5, InsightMaths.Median([4, 1, 2, 3]));
    }

    [Fact]
    public void AcrossSteps_LinesJournalDaysUpWithTheDoseTakenOnEach()
    {
        // Plan from 1 Nov at 100 mg; a step to 90 mg taken on 5 Nov. Symptom totals 1, 2, 3, 4 (1–4 Nov) then 6, 8, 7 (5–7 Nov);
        // a day journalled before the start (31 Oct, total 2) counts with the starting dose.
        var symptoms = Days(1, 2, 3, 4, 6, 8, 7).Append(new DayValue(Start.AddDays(-1), 2)).ToArray();
        var mood = Days(6, 6, 5, 5, 4, 4, 4);

        var steps = InsightMaths.AcrossSteps(Start, 100m, [(Start.AddDays(4), 90m)], symptoms, mood);

        Assert.Equal(2, steps.Count);
        Assert.Equal(new StepSummary(Start, Start.AddDays(4), 100m, 5, 2.4, 5.5), steps[0]);   // 2, 1, 2, 3, 4; moods 6, 6, 5, 5
        Assert.Equal(new StepSummary(Start.AddDays(4), null, 90m, 3, 7.0, 4.0), steps[1]);
    }

    [Fact]
    public void AcrossSteps_FewerThanThreeDays_ShowsNoAverage()
    {
        var steps = InsightMaths.AcrossSteps(Start, 20m, [(Start.AddDays(2), 15m)], Days(1, 1, 5), Days(5, 5, 5));

        Assert.False(steps[0].Enough);
        Assert.Null(steps[0].AverageSymptoms);
        Assert.Equal(2, steps[0].Days);
        Assert.Equal(1, steps[1].Days);
    }
}
