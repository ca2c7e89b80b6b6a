using Lantern.Web.Platform.Charts;

namespace Lantern.Web.Features.Sessions.LookBack;

/// <summary>
/// The look-back chart: blood pressure before the dose, at about 40 minutes and after, across sessions, drawn by the
/// Platform chart engine. Each timing has its own dash pattern and marker shape, so nothing depends on
/// colour; the caption, key and the table beside it say the same in words.
/// </summary>
public static class SessionCharts
{
    private static readonly (string Timing, string Label, string Css, MarkerShape Shape)[] Timings =
    [
        ("before", "Before the dose", "series-bp-before", MarkerShape.Diamond),
        ("forty", "About 40 minutes after", "series-bp-forty", MarkerShape.Ring),
        ("after", "After the session", "series-bp-after", MarkerShape.Square),
    ];

    public static ChartView BloodPressure(TimelineResponse timeline)
    {
        var rows = timeline.Sessions.OrderBy(e => e.Date).ToArray();
        var first = rows.Length == 0 ? DateOnly.FromDateTime(DateTime.UnixEpoch) : rows[0].Date;
        var last = rows.Length == 0 ? first : rows[^1].Date;
        var from = first.AddDays(-3);
        var to = last.DayNumber - first.DayNumber < 7 ? first.AddDays(7) : last.AddDays(3);

        var series = new List<ChartSeries>();
        var markers = new List<ChartMarker>();
        foreach (var (timing, label, css, shape) in Timings)
        {
            var readings = rows.Select(e => (e.Date, Reading: Pick(e, timing))).Where(r => r.Reading is not null).ToArray();
            series.Add(new ChartSeries($"{label}: top number", css, readings.Select(r => new ChartPoint(r.Date, r.Reading!.Systolic)).ToArray()));
            series.Add(new ChartSeries($"{label}: bottom number", css, readings.Select(r => new ChartPoint(r.Date, r.Reading!.Diastolic)).ToArray()));
            markers.AddRange(readings.SelectMany(r => new[]
            {
                new ChartMarker(r.Date, r.Reading!.Systolic, shape, $"marker-{css}"),
                new ChartMarker(r.Date, r.Reading!.Diastolic, shape, $"marker-{css}"),
            }));
        }

        var chart = new LineChart(
            "session-bp",
            "Blood pressure before, at 40 minutes and after each session",
            Summary(rows),
            from,
            to,
            40,
            200,
            [60, 80, 100, 120, 140, 160, 180, 200],
            series,
            [],
            markers,
            MaxGapDays: int.MaxValue);
        var key = Timings.Select(t => new KeyItem(
            SvgChartRenderer.Swatch($"<path class=\"line {t.Css}\" d=\"M1 8L23 8\"/>") + SvgChartRenderer.MarkerSwatch(t.Shape, $"marker-{t.Css}"),
            $"{t.Label}: the upper line is the top number (systolic), the lower line the bottom number (diastolic), in mmHg")).ToArray();
        return ChartView.For(chart, key);
    }

    public static VitalResponse? Pick(TimelineEntryResponse entry, string timing) => timing switch
    {
        "before" => entry.Before,
        "forty" => entry.FortyMinutes,
        _ => entry.After,
    };

    /// <summary>One sentence that says what the picture shows, for the caption and for screen readers.</summary>
    public static string Summary(IReadOnlyList<TimelineEntryResponse> rows)
    {
        var forty = rows.Where(r => r.FortyMinutes is not null && r.Before is not null).ToArray();
        if (rows.Count == 0)
        {
            return "No sessions with readings yet.";
        }

        if (forty.Length == 0)
        {
            return $"{rows.Count} session(s); no 40-minute readings with a reading before the dose to compare yet.";
        }

        var rise = forty.Average(r => r.FortyMinutes!.Systolic - r.Before!.Systolic);
        var highest = forty.MaxBy(r => r.FortyMinutes!.Systolic)!;
        return string.Create(CultureInfo.InvariantCulture,
            $"Across {forty.Length} session(s) with both readings, the top number at 40 minutes was on average {Math.Abs(rise):0} mmHg {(rise >= 0 ? "higher" : "lower")} than before the dose. "
            + $"The highest 40-minute reading was {highest.FortyMinutes!.Systolic}/{highest.FortyMinutes.Diastolic} on {SessionTimes.Day(highest.Date)}.");
    }
}
