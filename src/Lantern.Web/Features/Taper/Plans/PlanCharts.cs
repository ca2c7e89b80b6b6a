using Lantern.Clinical;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;
using Lantern.Web.Platform.Charts;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>
/// The charts the taper pages show, drawn by the Platform chart engine (a dose is a step line: held until it changes),
/// each with the sentence that says the same thing in words. The pages put them in figures with their own captions.
/// </summary>
public static class PlanCharts
{
    /// <summary>Dose over time; with a second schedule, both paces on one chart (solid and dashed).</summary>
    public static IHtmlContent Dose(string id, TaperSchedule schedule, TaperSchedule? compare = null)
    {
        var (from, to) = Range(schedule, compare);
        var series = new List<ChartSeries> { new(compare is null ? "Daily dose" : "Pace 1", "series-a", DosePoints(schedule, from), Steps: true) };
        if (compare is not null)
        {
            series.Add(new ChartSeries("Pace 2", "series-b", DosePoints(compare, from), Steps: true));
        }

        var max = NiceMax(series.SelectMany(x => x.Points).Select(p => p.Value).DefaultIfEmpty(1).Max());

        var title = compare is null ? "Daily dose over time" : "Daily dose over time, two paces compared";
        var description = compare is null
            ? DoseSummary(schedule)
            : $"Pace 1: {DoseSummary(schedule)} Pace 2: {DoseSummary(compare)}";
        return Draw(new LineChart(id, title, description, from, to, 0, max, Quarters(max), series, [], [], YUnit: "mg"));
    }

    /// <summary>Estimated occupancy over time (occupancy method only); the title says the parameters come from a secondary source.</summary>
    public static IHtmlContent? Occupancy(string id, TaperSchedule schedule, TaperSchedule? compare = null)
    {
        if (schedule.OccupancyParameters is not { } set)
        {
            return null;
        }

        var (from, to) = Range(schedule, compare);
        var series = new List<ChartSeries> { new(compare is null ? "Estimated occupancy" : "Pace 1", "series-a", OccupancyPoints(schedule, from), Steps: true) };
        if (compare?.OccupancyParameters is not null)
        {
            series.Add(new ChartSeries("Pace 2", "series-b", OccupancyPoints(compare, from), Steps: true));
        }

        return Draw(new LineChart(id, $"Estimated occupancy over time (model parameters {EvidenceStatusText.ShortWordsForCode(set.StatusCode)})", OccupancySummary(schedule),
            from, to, 0, 100, Quarters(100), series, [], [], YUnit: "%"));
    }

    /// <summary>The journal's checklist totals (left axis) against the dose steps (right axis), on one chart.</summary>
    public static IHtmlContent Journal(string id, TaperSchedule schedule, IReadOnlyList<TaperJournalEntry> entries, DateOnly today)
    {
        var dates = entries.Select(e => e.Date).Append(today).Append(schedule.Steps.Count > 0 ? schedule.Steps[0].Date : today).ToArray();
        // From the plan's first step (or an earlier journal day, which is the person's own record), never padded before it.
        var from = dates.Min();
        var to = dates.Max().AddDays(7);
        var dose = DosePoints(schedule, from).Where(p => p.Date <= to).ToArray();
        var symptoms = entries.OrderBy(e => e.Date).Select(e => new ChartPoint(e.Date, e.Ratings.Sum())).ToArray();
        var description = entries.Count == 0
            ? "No journal days yet. The line shows the daily dose."
            : $"{entries.Count} journal days from {TaperText.LongDate(symptoms[0].Date)} to {TaperText.LongDate(symptoms[^1].Date)}; "
                + $"checklist totals from {symptoms.Min(s => s.Value):0} to {symptoms.Max(s => s.Value):0} out of {WithdrawalChecklistResult.MaxTotal}. "
                + "The step line shows the daily dose.";
        var doseMax = NiceMax(dose.Select(p => p.Value).DefaultIfEmpty(1).Max());
        return Draw(new LineChart(id, "Withdrawal symptoms and dose steps", description, from, to, 0, WithdrawalChecklistResult.MaxTotal,
            Quarters(WithdrawalChecklistResult.MaxTotal),
            [
                new ChartSeries("Checklist total", "series-symptoms", symptoms),
                new ChartSeries("Daily dose", "series-a", dose, Steps: true, OnRightScale: true),
            ],
            [],
            [],
            MaxGapDays: int.MaxValue,
            YUnit: "symptoms",
            RightScale: new ChartScale(0, doseMax, Quarters(doseMax), "mg")));
    }

    /// <summary>The schedule in one sentence, for screen readers and for anyone who prefers words.</summary>
    public static string DoseSummary(TaperSchedule schedule)
    {
        if (schedule.Steps.Count == 0)
        {
            return "There are no steps: the dose is already at zero.";
        }

        var proposed = TaperText.ProposedStepCount(schedule);
        var first = schedule.Steps[0];
        var last = schedule.Steps[^1];
        var weeks = (last.Date.DayNumber - first.Date.DayNumber) / 7;
        return $"From {TaperText.Mg(schedule.StartingDoseMg)} mg a day, {proposed} proposed {(proposed == 1 ? "step" : "steps")} "
            + $"from {TaperText.LongDate(first.Date)} to {TaperText.LongDate(last.Date)} (about {weeks} weeks), "
            + $"down to {TaperText.Mg(schedule.FinalDoseMg)} mg and then stopping. Each step goes ahead only if withdrawal symptoms have settled or are tolerable.";
    }

    public static string OccupancySummary(TaperSchedule schedule)
    {
        var values = schedule.Steps.Where(s => s.OccupancyPercent is not null).Select(s => s.OccupancyPercent!.Value).ToArray();
        var start = schedule.OccupancyParameters!.OccupancyPercent(schedule.StartingDoseMg);
        return values.Length == 0
            ? "No occupancy estimates."
            : $"Estimated occupancy falls from {TaperText.Percent(Math.Round(start, 2))} % in drops of about "
                + $"{TaperText.Percent(schedule.OccupancyDropPoints ?? 0m)} points to {TaperText.Percent(values[^1])} %. "
                + $"These are model estimates: {schedule.OccupancyParameters.StatusLabel}";
    }

    /// <summary>
    /// The dates a plan's chart spans: from its first step (never before: the plan does not exist yet, and a week of
    /// unplanned dose there read as part of the plan) to two weeks after its last, so the stop is seen to hold.
    /// </summary>
    internal static (DateOnly From, DateOnly To) Range(TaperSchedule schedule, TaperSchedule? compare)
    {
        var all = schedule.Steps.Concat(compare?.Steps ?? []).Select(s => s.Date).DefaultIfEmpty(DateOnly.FromDayNumber(0)).ToArray();
        return (all.Min(), all.Max().AddDays(14));
    }

    /// <summary>A round axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above the largest value.</summary>
    public static double NiceMax(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var factor in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (factor * magnitude >= value)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static IHtmlContent Draw(LineChart chart) => ChartView.For(chart, []).Svg;

    /// <summary>0, a quarter, a half, three quarters and all of <paramref name="max"/>.</summary>
    private static double[] Quarters(double max) => [.. Enumerable.Range(0, 5).Select(i => max * i / 4)];

    /// <summary>The dose in effect at <paramref name="from"/>, then every change after it.</summary>
    private static ChartPoint[] DosePoints(TaperSchedule schedule, DateOnly from) =>
        [new(from, (double)(schedule.Steps.LastOrDefault(s => s.Date <= from)?.DoseMg ?? schedule.StartingDoseMg)),
            .. schedule.Steps.Where(s => s.Date > from).Select(s => new ChartPoint(s.Date, (double)s.DoseMg))];

    private static ChartPoint[] OccupancyPoints(TaperSchedule schedule, DateOnly from) =>
        [new(from, (double)(schedule.Steps.LastOrDefault(s => s.Date <= from)?.OccupancyPercent ?? Math.Round(schedule.OccupancyParameters!.OccupancyPercent(schedule.StartingDoseMg), 2))),
            .. schedule.Steps.Where(s => s.Date > from && s.OccupancyPercent is not null).Select(s => new ChartPoint(s.Date, (double)s.OccupancyPercent!.Value))];
}
