namespace Lantern.Clinical.Tapering;

/// <summary>
/// ASAM 2025's pace for benzodiazepine tapers (clinical.md §2.2, VERIFIED): usually 5-10 % every 2-4 weeks, and
/// typically not more than 25 % every 2 weeks. Lantern treats the 25 % as a ceiling it never plans past.
/// Percentages are of the previous dose, the gentler reading, so steps shrink as the dose falls.
/// </summary>
[Source(nameof(Refs.Asam2025BenzodiazepineTaper))]
public static class BenzodiazepinePace
{
    public const decimal UsualMinStepPercent = 5m;
    public const decimal UsualMaxStepPercent = 10m;
    public const int UsualMinIntervalDays = 14;
    public const int UsualMaxIntervalDays = 28;

    /// <summary>The ceiling: at most this percent less than the dose two weeks earlier.</summary>
    public const decimal MaxPercentPerWindow = 25m;

    public const int WindowDays = 14;

    /// <summary>The largest step percent Lantern accepts for a benzodiazepine at any interval.</summary>
    public const decimal MaxStepPercent = MaxPercentPerWindow;

    /// <summary>How many steps every <paramref name="intervalDays"/> can fall inside one 14-day window.</summary>
    public static int StepsPerWindow(int intervalDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(intervalDays);
        return (WindowDays + intervalDays - 1) / intervalDays;
    }

    /// <summary>The total cut over 14 days of steps of <paramref name="stepPercent"/> every <paramref name="intervalDays"/>.</summary>
    public static decimal PercentPerWindow(decimal stepPercent, int intervalDays)
    {
        var kept = 1m - (stepPercent / 100m);
        var remaining = 1m;
        for (var i = 0; i < StepsPerWindow(intervalDays); i++)
        {
            remaining *= kept;
        }

        return (1m - remaining) * 100m;
    }

    /// <summary>True when the pace never cuts more than 25 % in any 2 weeks.</summary>
    public static bool WithinCeiling(decimal stepPercent, int intervalDays) =>
        PercentPerWindow(stepPercent, intervalDays) <= MaxPercentPerWindow;

    /// <summary>True when the pace is ASAM's usual initial pace: 5-10 % every 2-4 weeks.</summary>
    public static bool IsUsualPace(decimal stepPercent, int intervalDays) =>
        stepPercent is >= UsualMinStepPercent and <= UsualMaxStepPercent
        && intervalDays is >= UsualMinIntervalDays and <= UsualMaxIntervalDays;

    /// <summary>The largest step percent at this interval that stays within the 25 % per 2 weeks ceiling.</summary>
    public static decimal MaxStepPercentWithinCeiling(int intervalDays)
    {
        var keptPerWindow = 1.0 - ((double)MaxPercentPerWindow / 100.0);
        var keptPerStep = Math.Pow(keptPerWindow, 1.0 / StepsPerWindow(intervalDays));

        // Round down to 0.01 % so the result itself stays inside the ceiling.
        return Math.Floor((decimal)(1.0 - keptPerStep) * 10000m) / 100m;
    }
}
