using Lantern.Clinical.Ketamine;

namespace Lantern.Clinical.Tests.Ketamine;

// Vectors: clinical.md §4.2 "Test vectors for a session checklist" (BP at 40 min, 2 hours of monitoring) and the
// 15-minute support-person cadence (Lantern policy).
public sealed class SessionMonitoringTests
{
    [Theory]
    [InlineData(0, 15, false)]
    [InlineData(14, 15, false)]
    [InlineData(15, 15, true)]
    [InlineData(50, 15, true)]
    public void Status_NoChecksYet_FirstCheckDueFifteenMinutesAfterTheDose(int minutes, int nextAt, bool due)
    {
        var status = SessionMonitoring.Status(minutes, [], []);

        Assert.Equal(nextAt, status.NextCheckAtMinute);
        Assert.Equal(due, status.CheckDue);
    }

    [Fact]
    public void Status_CheckLoggedAtSixteen_NextCheckDueAtThirtyOne()
    {
        Assert.False(SessionMonitoring.Status(30, [16], []).CheckDue);
        var due = SessionMonitoring.Status(31, [16], []);

        Assert.True(due.CheckDue);
        Assert.Equal(31, due.NextCheckAtMinute);
        Assert.Equal(0, due.MinutesUntilNextCheck);
        Assert.Equal(15, SessionMonitoring.Status(16, [16], []).MinutesUntilNextCheck);
    }

    [Fact]
    public void Status_CheckBeforeTheDose_DoesNotCount()
    {
        var status = SessionMonitoring.Status(15, [-5], []);

        Assert.True(status.CheckDue);
        Assert.Equal(15, status.NextCheckAtMinute);
    }

    [Theory]
    [InlineData(39, false)]
    [InlineData(40, true)]
    [InlineData(90, true)]
    public void Status_NoPostDoseReading_BloodPressureDueFromFortyMinutes(int minutes, bool due) =>
        Assert.Equal(due, SessionMonitoring.Status(minutes, [], []).BloodPressureDue);

    [Fact]
    public void Status_ReadingAtFortyOne_NoLongerDue()
    {
        var status = SessionMonitoring.Status(45, [], [41]);

        Assert.False(status.BloodPressureDue);
        Assert.True(status.BloodPressureRecorded);
    }

    [Fact]
    public void Status_ReadingOnlyAtTwenty_StillDueAtForty()
    {
        var status = SessionMonitoring.Status(40, [], [20]);

        Assert.True(status.BloodPressureDue);
        Assert.False(status.BloodPressureRecorded);
    }

    [Fact]
    public void Status_ReadingAtThirtyFive_CountsAsTheFortyMinuteReading() =>
        Assert.False(SessionMonitoring.Status(40, [], [35]).BloodPressureDue);

    [Theory]
    [InlineData(90, false, 30)]
    [InlineData(119, false, 1)]
    [InlineData(120, true, 0)]
    public void Status_ObservationTime_CompleteOnlyFromTwoHours(int minutes, bool complete, int left)
    {
        var status = SessionMonitoring.Status(minutes, [], []);

        Assert.Equal(complete, status.ObservationComplete);
        Assert.Equal(left, status.MinutesUntilObservationComplete);
    }

    [Fact]
    public void Constants_MatchTheLabelAndThePolicy()
    {
        Assert.Equal(40, SessionMonitoring.BloodPressureAfterDoseMinutes);
        Assert.Equal(120, SessionMonitoring.MinimumObservationMinutes);
        Assert.Equal(15, SessionMonitoring.CheckIntervalMinutes);
        Assert.Contains("SessionMonitoring.BloodPressureAfterDoseMinutes", SourceRegistry.RulesUsing(nameof(Refs.SpravatoLabel)));
        Assert.Contains("SessionMonitoring.CheckIntervalMinutes", SourceRegistry.RulesUsing(nameof(Refs.LanternSessionPolicy)));
    }
}
