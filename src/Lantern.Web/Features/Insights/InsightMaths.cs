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
/// One dose of a taper and the journal days while it was taken: <see cref="Until"/> is the next step's first day
/// (not included), null for the dose taken now. Averages are left out below <see cref="InsightMaths.MinimumDaysEachSide"/> days.
/// </summary>
public sealed record StepSummary(DateOnly From, DateOnly? Until, decimal? DoseMg, int Days, double? AverageSymptoms, double? AverageMood)
{
    public bool Enough => Days >= InsightMaths.MinimumDaysEachSide;
}

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

    /// <summary>
    /// Journal days lined up with the dose taken on each: the starting dose from the plan's start, then each step the
    /// person recorded as taken, from its day until the next. Days before the plan's start count with the first dose.
    /// </summary>
    public static IReadOnlyList<StepSummary> AcrossSteps(DateOnly start, decimal startDoseMg,
        IReadOnlyList<(DateOnly From, decimal? DoseMg)> steps, IReadOnlyList<DayValue> symptoms, IReadOnlyList<DayValue> mood)
    {
        var periods = new List<(DateOnly From, decimal? DoseMg)> { (start, startDoseMg) };
        periods.AddRange(steps.Where(s => s.From > start).OrderBy(s => s.From));
        var summaries = new List<StepSummary>();
        for (var i = 0; i < periods.Count; i++)
        {
            DateOnly? until = i + 1 < periods.Count ? periods[i + 1].From : null;
            var first = i == 0 ? DateOnly.MinValue : periods[i].From;
            bool During(DateOnly day) => day >= first && (until is null || day < until);
            var symptomDays = symptoms.Where(d => During(d.Day)).Select(d => d.Value).ToArray();
            var moodDays = mood.Where(d => During(d.Day)).Select(d => d.Value).ToArray();
            var enough = symptomDays.Length >= MinimumDaysEachSide;
            summaries.Add(new StepSummary(periods[i].From, until, periods[i].DoseMg, symptomDays.Length,
                enough ? Average(symptomDays) : null, enough && moodDays.Length > 0 ? Average(moodDays) : null));
        }

        return summaries;
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
