namespace Lantern.Clinical.Ketamine;

/// <summary>Where a dosing-day session stands, in whole minutes after the dose.</summary>
/// <param name="MinutesSinceDose">Whole minutes since the dose (never negative).</param>
/// <param name="NextCheckAtMinute">When the next support-person check is due, counted from the dose.</param>
/// <param name="CheckDue">A check is due now (or overdue).</param>
/// <param name="BloodPressureDue">The post-dose reading is due and none has been recorded.</param>
/// <param name="BloodPressureRecorded">A post-dose reading late enough to count has been recorded.</param>
/// <param name="ObservationComplete">At least the minimum observation time has passed.</param>
public sealed record MonitoringStatus(
    int MinutesSinceDose,
    int NextCheckAtMinute,
    bool CheckDue,
    bool BloodPressureDue,
    bool BloodPressureRecorded,
    bool ObservationComplete)
{
    public int MinutesUntilNextCheck => Math.Max(0, NextCheckAtMinute - MinutesSinceDose);

    public int MinutesUntilObservationComplete => Math.Max(0, SessionMonitoring.MinimumObservationMinutes - MinutesSinceDose);
}
