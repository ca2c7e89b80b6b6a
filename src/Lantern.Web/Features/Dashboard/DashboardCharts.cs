using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Charts;

namespace Lantern.Web.Features.Dashboard;

/// <summary>
/// Builds the dashboard's charts from <see cref="DashboardResponse"/>. Band edges and the response/remission marks
/// come from the data (which comes from Lantern.Clinical); nothing clinical is decided here.
/// </summary>
public static class DashboardCharts
{
    public static ChartView MoodAndAnxiety(DailySeriesResponse daily)
    {
        var chart = new LineChart(
            "mood-anxiety",
            $"Mood and anxiety, last {daily.RangeDays} days",
            daily.MoodAnxietySummary,
            daily.From,
            daily.To,
            0,
            10,
            [0, 2, 4, 6, 8, 10],
            [
                new ChartSeries("Mood", "series-mood", daily.Points.Select(p => new ChartPoint(p.Date, p.Mood)).ToArray()),
                new ChartSeries("Anxiety", "series-anxiety", daily.Points.Select(p => new ChartPoint(p.Date, p.Anxiety)).ToArray()),
            ],
            [],
            [],
            MaxGapDays: daily.Grouping == "week" ? 7 : 1);
        return ChartView.For(chart, [
            new KeyItem(SvgChartRenderer.LineSwatch("series-mood"), "Mood (solid line), 0 lowest to 10 best"),
            new KeyItem(SvgChartRenderer.LineSwatch("series-anxiety"), "Anxiety (dashed line), 0 calm to 10 most anxious"),
        ]);
    }

    public static ChartView Sleep(DailySeriesResponse daily)
    {
        var slept = daily.Points.Where(p => p.SleepHours is not null).ToArray();
        var most = slept.Length == 0 ? 0 : slept.Max(p => p.SleepHours!.Value);
        var top = Math.Max(12, Math.Ceiling(most / 2) * 2);
        var chart = new LineChart(
            "sleep",
            $"Hours of sleep, last {daily.RangeDays} days",
            daily.SleepSummary,
            daily.From,
            daily.To,
            0,
            top,
            Enumerable.Range(0, (int)(top / 2) + 1).Select(i => i * 2.0).ToArray(),
            [new ChartSeries("Sleep", "series-sleep", slept.Select(p => new ChartPoint(p.Date, p.SleepHours!.Value)).ToArray())],
            [],
            [],
            MaxGapDays: daily.Grouping == "week" ? 7 : 1);
        return ChartView.For(chart, [new KeyItem(SvgChartRenderer.LineSwatch("series-sleep"), "Hours of sleep")]);
    }

    public static ChartView Questionnaire(QuestionnaireTrendResponse trend, DateOnly today)
    {
        var first = trend.Points.Count == 0 ? today.AddDays(-28) : trend.Points[0].Date;
        var from = first.AddDays(-7);
        var to = today > first ? today : first.AddDays(7);
        var bands = trend.Bands
            .Select((band, index) => new ChartBand(band.Low - 0.5, band.High + 0.5, band.Label, $"band-{index}"))
            .ToArray();
        var ticks = trend.Bands.Select(b => (double)b.Low).Append(trend.MaxTotal).Distinct().ToArray();

        var markers = new List<ChartMarker>();
        if (trend.Baseline is { } baseline)
        {
            markers.Add(new ChartMarker(baseline.Date, baseline.Total, MarkerShape.Diamond, "marker-baseline"));
        }

        markers.AddRange(trend.Points.Where(p => p.MeetsResponse == true).Select(p => new ChartMarker(p.Date, p.Total, MarkerShape.Ring, "marker-response")));
        markers.AddRange(trend.Points.Where(p => p.MeetsRemission == true).Select(p => new ChartMarker(p.Date, p.Total, MarkerShape.Square, "marker-remission")));

        var chart = new LineChart(
            trend.Instrument,
            $"{trend.Name} totals over time",
            trend.Summary,
            from,
            to,
            -0.5,
            trend.MaxTotal + 0.5,
            ticks,
            [new ChartSeries(trend.Name, "series-score", trend.Points.Select(p => new ChartPoint(p.Date, p.Total)).ToArray())],
            bands,
            markers,
            MaxGapDays: int.MaxValue);

        var key = new List<KeyItem>
        {
            new(SvgChartRenderer.LineSwatch("series-score"), $"{trend.Name} total (higher means more symptoms)"),
            new(SvgChartRenderer.MarkerSwatch(MarkerShape.Diamond, "marker-baseline"), "Baseline: the first one, that change is measured from"),
        };
        key.AddRange(trend.Bands.Select((band, index) =>
            new KeyItem(SvgChartRenderer.Swatch($"<rect class=\"band band-{index}\" x=\"1\" y=\"1\" width=\"22\" height=\"14\"/>"), $"{band.Label} band: {band.Range}")));
        if (trend.Change is { Response: { } response })
        {
            key.Add(new KeyItem(SvgChartRenderer.MarkerSwatch(MarkerShape.Ring, "marker-response"),
                $"Ring: meets '{response.Name.ToLowerInvariant()}' — {response.Definition} {response.StatusLabel}"));
        }

        if (trend.Change is { Remission: { } remission })
        {
            key.Add(new KeyItem(SvgChartRenderer.MarkerSwatch(MarkerShape.Square, "marker-remission"),
                $"Square: meets '{remission.Name.ToLowerInvariant()}' — {remission.Definition} {remission.StatusLabel}"));
        }

        return ChartView.For(chart, key);
    }

    public static BandRange BandOf(QuestionnaireTrendResponse trend, int total) => InstrumentCatalog.BandOf(trend.Instrument, total);
}
