namespace Lantern.Web.Features.Insights;

/// <summary>One day's value of something the person recorded (a mood score, hours of sleep).</summary>
public sealed record DayValue(DateOnly Day, double Value);

/// <summary>
/// The average of some days against the average of the others. <see cref="Enough"/> is false when either side has fewer
/// than <see cref="InsightMaths.MinimumDaysEachSide"/> days; the averages are then left out rather than shown.
/// </summary>
public sealed record Comparison(int DaysIn, double? AverageIn, int DaysOther, double? AverageOther, bool Enough)
{
    public int TotalDays => DaysIn + DaysOther;
}

/// <summary>Sleep against mood: the person's own middle amount of sleep, and mood on nights above it against the rest.</summary>
public sealed record SleepComparison(double? MedianSleep, Comparison Mood);

/// <summary>
/// The arithmetic behind the insights page, as pure functions of days and values (no database, no clock). These are
/// descriptions of the person's own records, never clinical thresholds: the only number of its own is how few days are
/// too few to compare, a rule for what is worth showing.
/// </summary>
public static class InsightMaths
{
    /// <summary>Below this many days on either side an average says more about chance than about a pattern, so none is shown.</summary>
    public const int MinimumDaysEachSide = 3;

    /// <summary>The values on days <paramref name="inGroup"/> picks against the values on all other days.</summary>
    public static Comparison Compare(IReadOnlyList<DayValue> values, Func<DateOnly, bool> inGroup)
    {
        var inside = values.Where(v => inGroup(v.Day)).Select(v => v.Value).ToArray();
        var other = values.Where(v => !inGroup(v.Day)).Select(v => v.Value).ToArray();
        var enough = inside.Length >= MinimumDaysEachSide && other.Length >= MinimumDaysEachSide;
        return new Comparison(inside.Length, enough ? Average(inside) : null, other.Length, enough ? Average(other) : null, enough);
    }

    /// <summary>Mood on the day after a ketamine session against mood on every other day with a check-in.</summary>
    public static Comparison DayAfterSession(IReadOnlyList<DayValue> mood, IReadOnlyCollection<DateOnly> sessionDays)
    {
        var dayAfter = sessionDays.Select(d => d.AddDays(1)).ToHashSet();
        return Compare(mood, dayAfter.Contains);
    }

    /// <summary>
    /// Mood after nights with more sleep than the person's own median against mood after the others (the median itself
    /// and below). Only days with both a sleep figure and a mood count.
    /// </summary>
    public static SleepComparison SleepAndMood(IReadOnlyList<DayValue> sleep, IReadOnlyList<DayValue> mood)
    {
        var moodByDay = mood.ToDictionary(m => m.Day, m => m.Value);
        var both = sleep.Where(s => moodByDay.ContainsKey(s.Day)).ToArray();
        if (both.Length == 0)
        {
            return new SleepComparison(null, Compare([], _ => false));
        }

        var median = Median(both.Select(s => s.Value));
        var moreSleep = both.Where(s => s.Value > median).Select(s => s.Day).ToHashSet();
        return new SleepComparison(median, Compare([.. both.Select(s => new DayValue(s.Day, moodByDay[s.Day]))], moreSleep.Contains));
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values.", nameof(values));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double Average(double[] values) => Math.Round(values.Average(), 1, MidpointRounding.AwayFromZero);
}
