namespace Lantern.Clinical.Ketamine;

/// <summary>
/// The dosing-day timetable: a support-person check every 15 minutes (Lantern policy), the blood-pressure reading at
/// about 40 minutes and at least 2 hours of observation (both from the esketamine label, clinical.md §4.2; the
/// 40-minute peak is also what the Yale infusion study saw, §4.1). Pure arithmetic on minutes: the caller passes the
/// time since the dose, so this never reads a clock.
/// </summary>
public static class SessionMonitoring
{
    /// <summary>Minutes between support-person checks after the dose.</summary>
    [Source(nameof(Refs.LanternSessionPolicy))]
    public const int CheckIntervalMinutes = 15;

    /// <summary>Minutes after the dose when blood pressure should be measured again.</summary>
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.KetamineBpSurges2024))]
    public const int BloodPressureAfterDoseMinutes = 40;

    /// <summary>
    /// A post-dose reading counts for the 40-minute prompt from this minute on ("about 40 minutes"); an earlier one
    /// is kept but does not stand in for it, because the rise peaks around 40 minutes.
    /// </summary>
    [Source(nameof(Refs.LanternSessionPolicy))]
    public const int BloodPressureCountsFromMinute = 35;

    /// <summary>The esketamine label's minimum monitoring time; Lantern uses it as the default for every route.</summary>
    [Source(nameof(Refs.SpravatoLabel))]
    public const int MinimumObservationMinutes = 120;

    /// <summary>A pre-dose reading older than this is stale: measure again before starting.</summary>
    [Source(nameof(Refs.LanternSessionPolicy))]
    public const int PreDoseReadingMaxAgeMinutes = 60;

    /// <summary>How far back a person may say the dose was taken when they open the session late.</summary>
    [Source(nameof(Refs.LanternSessionPolicy))]
    public const int DoseBackdateMaxMinutes = 180;

    /// <summary>
    /// The status at <paramref name="minutesSinceDose"/>. <paramref name="checkMinutes"/> are the minutes after the
    /// dose at which checks were logged (earlier ones are ignored); the next check is due one interval after the
    /// latest. <paramref name="bloodPressureMinutes"/> are the minutes of post-dose readings.
    /// </summary>
    [Source(nameof(Refs.LanternSessionPolicy))]
    [Source(nameof(Refs.SpravatoLabel))]
    public static MonitoringStatus Status(int minutesSinceDose, IEnumerable<int> checkMinutes, IEnumerable<int> bloodPressureMinutes)
    {
        var now = Math.Max(0, minutesSinceDose);
        var lastCheck = checkMinutes.Where(m => m >= 0 && m <= now).DefaultIfEmpty(0).Max();
        var nextCheck = lastCheck + CheckIntervalMinutes;
        var recorded = bloodPressureMinutes.Any(m => m >= BloodPressureCountsFromMinute && m <= now);
        return new MonitoringStatus(
            now,
            nextCheck,
            now >= nextCheck,
            now >= BloodPressureAfterDoseMinutes && !recorded,
            recorded,
            now >= MinimumObservationMinutes);
    }
}
