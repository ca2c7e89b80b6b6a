using Lantern.Clinical.Instruments;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;

namespace Lantern.Web.Features.Dashboard;

/// <summary>
/// Turns dashboard data into points and plain sentences. Response and remission come only from the clinical
/// library (PHQ-9 CompareWithBaseline), with the definition and evidence status it states; the GAD-7 has no such
/// convention in the library, so none is claimed for it.
/// </summary>
public static class DashboardSummaries
{
    public static DailySeriesResponse Daily(IReadOnlyList<CheckIn> rows, DateOnly today, int rangeDays)
    {
        var from = today.AddDays(-rangeDays + 1);
        var current = rows.Where(c => c.Day >= from).ToArray();
        var before = rows.Where(c => c.Day < from).ToArray();
        var weekly = rangeDays > 90;
        var points = weekly
            ? current.GroupBy(c => WeekStart(c.Day))
                .Select(g => new DailyPoint(g.Key, Average(g, c => c.Mood), Average(g, c => c.Anxiety), SleepAverage(g), g.Count()))
                .OrderBy(p => p.Date).ToArray()
            : current.Select(c => new DailyPoint(c.Day, c.Mood, c.Anxiety, (double?)c.SleepHours, 1)).ToArray();

        if (current.Length == 0)
        {
            var none = $"No check-ins in the last {rangeDays} days yet.";
            return new DailySeriesResponse(rangeDays, from, today, weekly ? "week" : "day", points, 0, none, none, none);
        }

        var count = $"Check-ins on {current.Length} of the last {rangeDays} days.";
        var grouping = weekly ? " The chart shows weekly averages." : string.Empty;
        var mood = $"Average mood {Avg(current, c => c.Mood)} out of 10{Before(before, c => c.Mood)}; "
            + $"average anxiety {Avg(current, c => c.Anxiety)} out of 10{Before(before, c => c.Anxiety)}. "
            + $"Lowest mood {current.Min(c => c.Mood)} on {Date(current.OrderBy(c => c.Mood).ThenBy(c => c.Day).First().Day)}.";
        // Sleep may be skipped on a check-in, so its sentence counts only the nights that were given.
        var slept = current.Where(c => c.SleepHours is not null).ToArray();
        var sleptBefore = before.Where(c => c.SleepHours is not null).ToArray();
        var sleep = slept.Length == 0
            ? $"No hours of sleep given in the last {rangeDays} days."
            : $"Average sleep {Avg(slept, c => (double)c.SleepHours!.Value)} hours a night{Before(sleptBefore, c => (double)c.SleepHours!.Value)}; "
                + $"shortest {slept.Min(c => c.SleepHours!.Value).ToString("0.##", CultureInfo.InvariantCulture)} hours, longest {slept.Max(c => c.SleepHours!.Value).ToString("0.##", CultureInfo.InvariantCulture)} hours.";
        return new DailySeriesResponse(rangeDays, from, today, weekly ? "week" : "day", points, current.Length,
            $"{count} {mood} {sleep}", $"{count} {mood}{grouping}", $"{count} {sleep}{grouping}");
    }

    /// <summary>Weeks start on Monday, so a year view lines up with how people count weeks.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Change from baseline, with response/remission where the clinical library defines them.</summary>
    public static ChangeResponse Conventions(string instrument, int baselineTotal, int currentTotal)
    {
        if (instrument == Phq9.Definition.Code)
        {
            var change = Phq9.CompareWithBaseline(baselineTotal, currentTotal);
            return new ChangeResponse(baselineTotal, currentTotal, change.PercentChange, From(change.Response), From(change.Remission));
        }

        // Plain arithmetic for the text; no clinical meaning is attached to it.
        decimal? percent = baselineTotal == 0
            ? null
            : Math.Round((currentTotal - baselineTotal) * 100m / baselineTotal, 1, MidpointRounding.AwayFromZero);
        return new ChangeResponse(baselineTotal, currentTotal, percent, null, null);
    }

    public static string? ConventionsNote(string instrument) => instrument == Phq9.Definition.Code
        ? null
        : $"Lantern's clinical library has no checked definition of response or remission for the {InstrumentCatalog.ShortName(instrument)}, so none is marked.";

    public static string TrendSentence(string instrument, IReadOnlyList<TrendPoint> points, ChangeResponse? change)
    {
        var name = InstrumentCatalog.ShortName(instrument);
        if (points.Count == 0)
        {
            return $"No {name} yet.";
        }

        var first = points[0];
        if (points.Count == 1 || change is null)
        {
            return $"One {name} so far: {first.Total} on {Date(first.Date)} ({Band(instrument, first.Total)}). The next one will show any change.";
        }

        var last = points[^1];
        var movement = change.CurrentTotal == change.BaselineTotal
            ? $"{name} is {last.Total} on {Date(last.Date)}, the same as at the start ({Date(first.Date)})."
            : $"{name} {(change.CurrentTotal < change.BaselineTotal ? "fell" : "rose")} from {change.BaselineTotal} on {Date(first.Date)} "
                + $"to {change.CurrentTotal} on {Date(last.Date)}"
                + (change.PercentChange is { } percent ? $" — a {Math.Abs(percent).ToString("0.#", CultureInfo.InvariantCulture)} % {(percent < 0 ? "drop" : "rise")}." : ".");
        var sentence = $"{movement} Latest band: {Band(instrument, last.Total)}.";
        if (change.Response is { } response)
        {
            sentence += " " + ConventionSentence(response);
        }

        if (change.Remission is { } remission)
        {
            sentence += " " + ConventionSentence(remission);
        }

        return sentence;
    }

    public static string ConventionSentence(ConventionResponse convention) =>
        convention.Met switch
        {
            true => $"That meets '{convention.Name.ToLowerInvariant()}'",
            false => $"That does not meet '{convention.Name.ToLowerInvariant()}'",
            null => $"'{convention.Name}' cannot be worked out from a baseline of 0",
        }
        + $" ({LowerFirst(convention.Definition.TrimEnd('.'))}; {LowerFirst(convention.StatusLabel.TrimEnd('.'))}).";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Band(string instrument, int total) => InstrumentCatalog.BandOf(instrument, total).Label.ToLowerInvariant();

    private static ConventionResponse From(ConventionCheck check) =>
        new(check.Name, check.Definition, check.Met, check.Source.StatusCode, check.Source.StatusLabel, check.Source.Citation);

    private static double Average(IEnumerable<CheckIn> rows, Func<CheckIn, double> value) => Math.Round(rows.Average(value), 1);

    private static double? SleepAverage(IEnumerable<CheckIn> rows) =>
        rows.Where(c => c.SleepHours is not null).Select(c => (double)c.SleepHours!.Value).ToArray() is { Length: > 0 } hours ? Math.Round(hours.Average(), 1) : null;

    private static string Avg(CheckIn[] rows, Func<CheckIn, double> value) =>
        rows.Average(value).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Before(CheckIn[] rows, Func<CheckIn, double> value) =>
        rows.Length == 0 ? string.Empty : $" (the period before: {Avg(rows, value)})";

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
