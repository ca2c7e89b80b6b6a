using Lantern.Web.Platform.Charts;

namespace Lantern.Web.Features.Pain;

/// <summary>
/// The two charts of the pain page, drawn with the Platform chart engine over the same days so they line up one above
/// the other: MME per day with the reference lines, and pain 0-10. Two charts rather than one with two scales,
/// because a second axis invites reading a crossing of the lines as meaningful. Every value and line comes from the
/// summary (and so from Lantern.Clinical); nothing clinical is decided here.
/// </summary>
public static class PainCharts
{
    public static ChartView Mme(PainSummaryResponse summary)
    {
        var most = summary.Days.Count == 0 ? 0 : (double)summary.Days.Max(d => d.Mme);
        var highestLine = summary.ReferenceLines.Count == 0 ? 0 : summary.ReferenceLines.Max(l => l.Mme);
        // The axis always reaches past the highest reference line, so both lines are always on the chart.
        var step = most <= 100 ? 25 : most <= 200 ? 50 : 100;
        var top = Math.Ceiling(Math.Max(most * 1.05, highestLine + 1) / step) * step;
        var chart = new LineChart(
            "mme",
            "Morphine milligram equivalents (MME) per day",
            summary.MmeSummary,
            summary.From,
            summary.To,
            0,
            top,
            [.. Enumerable.Range(0, (int)(top / step) + 1).Select(i => i * (double)step)],
            [new ChartSeries("MME per day", "series-mme", [.. summary.Days.Select(d => new ChartPoint(d.Date, (double)d.Mme))])],
            [],
            [],
            MaxGapDays: 1,
            ReferenceLines: [.. summary.ReferenceLines.Select(l => new ChartReferenceLine(l.Mme, l.Label, $"reference-{l.Mme}"))]);

        var key = new List<KeyItem> { new(SvgChartRenderer.LineSwatch("series-mme"), "MME per day from your opioid log (solid line); days with nothing logged count as 0") };
        key.AddRange(summary.ReferenceLines.Select(l => new KeyItem(
            SvgChartRenderer.Swatch($"<path class=\"reference reference-{l.Mme}\" d=\"M1 8L23 8\"/>"),
            l.Label)));
        return ChartView.For(chart, key);
    }

    public static ChartView Pain(PainSummaryResponse summary)
    {
        var chart = new LineChart(
            "pain",
            "Pain from your check-ins",
            summary.PainSummary,
            summary.From,
            summary.To,
            0,
            10,
            [0, 2, 4, 6, 8, 10],
            [new ChartSeries("Pain", "series-pain", [.. summary.Days.Where(d => d.Pain is not null).Select(d => new ChartPoint(d.Date, d.Pain!.Value))])],
            [],
            [],
            MaxGapDays: 1);
        return ChartView.For(chart, [new KeyItem(SvgChartRenderer.LineSwatch("series-pain"), "Pain (dashed line), 0 none to 10 worst; a gap is a day without a pain score")]);
    }
}
