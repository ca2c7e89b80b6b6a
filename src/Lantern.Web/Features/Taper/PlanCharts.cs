using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Taper;

/// <summary>The charts the taper pages show, each with the sentence that says the same thing in words.</summary>
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

        var title = compare is null ? "Daily dose over time" : "Daily dose over time, two paces compared";
        var description = compare is null
            ? DoseSummary(schedule)
            : $"Pace 1: {DoseSummary(schedule)} Pace 2: {DoseSummary(compare)}";
        return TaperChart.Render(id, title, description, from, to, new ChartAxis("mg", series));
    }

    /// <summary>Estimated occupancy over time (occupancy method only); the title carries the SECONDARY status.</summary>
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

        return TaperChart.Render(id, $"Estimated occupancy over time (parameters {set.StatusCode.ToUpperInvariant()})", OccupancySummary(schedule),
            from, to, new ChartAxis("%", series, 100m));
    }

    /// <summary>The journal's checklist totals (left axis) against the dose steps (right axis), on one chart.</summary>
    public static IHtmlContent Journal(string id, TaperSchedule schedule, IReadOnlyList<TaperJournalEntry> entries, DateOnly today)
    {
        var dates = entries.Select(e => e.Date).Append(today).Append(schedule.Steps.Count > 0 ? schedule.Steps[0].Date : today).ToArray();
        var from = dates.Min().AddDays(-7);
        var to = dates.Max().AddDays(7);
        var dose = DosePoints(schedule, from).Where(p => p.Item1 <= to).ToArray();
        var symptoms = entries.OrderBy(e => e.Date).Select(e => (e.Date, (decimal)e.Ratings.Sum())).ToArray();
        var description = entries.Count == 0
            ? "No journal days yet. The line shows the daily dose."
            : $"{entries.Count} journal days from {TaperText.LongDate(symptoms[0].Date)} to {TaperText.LongDate(symptoms[^1].Date)}; "
                + $"checklist totals from {symptoms.Min(s => s.Item2):0} to {symptoms.Max(s => s.Item2):0} out of {WithdrawalChecklistResult.MaxTotal}. "
                + "The step line shows the daily dose.";
        return TaperChart.Render(id, "Withdrawal symptoms and dose steps", description, from, to,
            new ChartAxis("symptoms", [new ChartSeries("Checklist total", "series-symptoms", symptoms, Steps: false)], WithdrawalChecklistResult.MaxTotal),
            new ChartAxis("mg", [new ChartSeries("Daily dose", "series-a", dose, Steps: true)]));
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

    private static (DateOnly From, DateOnly To) Range(TaperSchedule schedule, TaperSchedule? compare)
    {
        var all = schedule.Steps.Concat(compare?.Steps ?? []).Select(s => s.Date).DefaultIfEmpty(DateOnly.FromDayNumber(0)).ToArray();
        return (all.Min().AddDays(-7), all.Max().AddDays(14));
    }

    /// <summary>The dose in effect at <paramref name="from"/>, then every change after it.</summary>
    private static (DateOnly, decimal)[] DosePoints(TaperSchedule schedule, DateOnly from) =>
        [(from, schedule.Steps.LastOrDefault(s => s.Date <= from)?.DoseMg ?? schedule.StartingDoseMg),
            .. schedule.Steps.Where(s => s.Date > from).Select(s => (s.Date, s.DoseMg))];

    private static (DateOnly, decimal)[] OccupancyPoints(TaperSchedule schedule, DateOnly from) =>
        [(from, schedule.Steps.LastOrDefault(s => s.Date <= from)?.OccupancyPercent ?? Math.Round(schedule.OccupancyParameters!.OccupancyPercent(schedule.StartingDoseMg), 2)),
            .. schedule.Steps.Where(s => s.Date > from && s.OccupancyPercent is not null).Select(s => (s.Date, s.OccupancyPercent!.Value))];
}
