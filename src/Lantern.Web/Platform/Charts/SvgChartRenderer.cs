using System.Net;
using System.Text;

namespace Lantern.Web.Platform.Charts;

/// <summary>The drawing size of one rendering. Pages render a narrow and a wide one and CSS shows the one that fits.</summary>
public sealed record ChartLayout(string Name, int Width, int Height, int FontSize, int XTicks)
{
    /// <summary>Phones: drawn at 340 units so 12-unit text stays about 12 px on a 360 px screen.</summary>
    public static ChartLayout Narrow { get; } = new("narrow", 340, 220, 12, 3);

    public static ChartLayout Wide { get; } = new("wide", 680, 300, 12, 6);
}

/// <summary>
/// Writes a <see cref="LineChart"/> as inline SVG: no script, no style attributes (the CSP forbids them; colours
/// and dash patterns come from classes in charts.css and each feature's stylesheet), real text, and role="img" with a
/// title and description. The one chart engine: every chart in Lantern is a <see cref="LineChart"/> drawn here. See
/// docs/adr/0006-server-rendered-svg-charts.md for why this is hand-written rather than a charting library.
/// </summary>
public static class SvgChartRenderer
{
    private const int Left = 34;
    private const int Right = 10;
    private const int RightWithScale = 40;
    private const int TopPlain = 10;
    private const int TopWithUnits = 24;
    private const int Bottom = 26;

    /// <summary>The chart as one inline SVG element, drawn for <paramref name="layout"/>.</summary>
    public static string Render(LineChart chart, ChartLayout layout)
    {
        var id = $"{chart.Id}-{layout.Name}";
        var right = chart.RightScale is null ? Right : RightWithScale;
        var plotTop = chart.YUnit is null && chart.RightScale is null ? TopPlain : TopWithUnits;
        var plotWidth = layout.Width - Left - right;
        var plotHeight = layout.Height - plotTop - Bottom;
        var days = Math.Max(1, chart.To.DayNumber - chart.From.DayNumber);
        double X(DateOnly date) => Left + (Math.Clamp(date.DayNumber, chart.From.DayNumber, chart.From.DayNumber + days) - chart.From.DayNumber) * (double)plotWidth / days;
        double Scaled(double value, double min, double max) => plotTop + plotHeight - (Math.Clamp(value, min, max) - min) * plotHeight / (max - min);
        double Y(double value) => Scaled(value, chart.YMin, chart.YMax);
        double YOf(ChartSeries series, double value) =>
            series.OnRightScale && chart.RightScale is { } scale ? Scaled(value, scale.Min, scale.Max) : Y(value);

        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-{layout.Name}\" viewBox=\"0 0 {layout.Width} {layout.Height}\" ");
        svg.Append(CultureInfo.InvariantCulture, $"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(chart.Description)}</desc>");

        foreach (var band in chart.Bands)
        {
            var top = Y(band.To);
            var bottom = Y(band.From);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"band {band.CssClass}\" x=\"{Left}\" y=\"{F(top)}\" width=\"{plotWidth}\" height=\"{F(Math.Max(0, bottom - top))}\"/>");
            if (bottom - top >= layout.FontSize)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"band-label\" x=\"{Left + plotWidth - 4}\" y=\"{F(top + layout.FontSize)}\" text-anchor=\"end\" font-size=\"{layout.FontSize - 1}\">{Escape(band.Label)}</text>");
            }
        }

        foreach (var tick in chart.YTicks)
        {
            var y = F(Y(tick));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"tick\" x=\"{Left - 5}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\" font-size=\"{layout.FontSize}\">{Tick(tick)}</text>");
        }

        if (chart.RightScale is { } rightScale)
        {
            foreach (var tick in rightScale.Ticks)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"tick\" x=\"{Left + plotWidth + 5}\" y=\"{F(Scaled(tick, rightScale.Min, rightScale.Max))}\" dy=\"0.35em\" text-anchor=\"start\" font-size=\"{layout.FontSize}\">{Tick(tick)}</text>");
            }

            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"tick unit\" x=\"{layout.Width - 4}\" y=\"{plotTop - 10}\" text-anchor=\"end\" font-size=\"{layout.FontSize}\">{Escape(rightScale.Unit)}</text>");
        }

        if (chart.YUnit is { } unit)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"tick unit\" x=\"4\" y=\"{plotTop - 10}\" text-anchor=\"start\" font-size=\"{layout.FontSize}\">{Escape(unit)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{plotTop + plotHeight}\" y2=\"{plotTop + plotHeight}\"/>");
        var longRange = days > LongRangeDays;
        var labelHalfWidth = layout.FontSize * 2.2;
        foreach (var date in DateTicks(chart.From, chart.To, layout.XTicks))
        {
            var at = X(date);
            var x = F(at);
            // A label centred on a tick near an edge would be cut off: it hangs inwards from the tick instead.
            var anchor = at - labelHalfWidth < Left - 4 ? "start" : at + labelHalfWidth > layout.Width - 2 ? "end" : "middle";
            var label = date.ToString(longRange ? "MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{x}\" x2=\"{x}\" y1=\"{plotTop + plotHeight}\" y2=\"{plotTop + plotHeight + 4}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"tick\" x=\"{x}\" y=\"{layout.Height - 6}\" text-anchor=\"{anchor}\" font-size=\"{layout.FontSize}\">{Escape(label)}</text>");
        }

        // Reference lines sit under the data so a line crossing them stays visible; the label rides just above its line.
        foreach (var reference in chart.ReferenceLines ?? [])
        {
            var y = Y(reference.Value);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"reference {reference.CssClass}\" x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"reference-label\" x=\"{Left + 4}\" y=\"{F(y - 4)}\" font-size=\"{layout.FontSize - 1}\">{Escape(reference.Label)}</text>");
        }

        foreach (var series in chart.Series)
        {
            var points = series.Points.OrderBy(p => p.Date).ToArray();
            var path = new StringBuilder();
            ChartPoint? previous = null;
            foreach (var point in points)
            {
                if (series.Steps && previous is not null)
                {
                    // A held value runs flat until the day it changes, then steps.
                    path.Append(CultureInfo.InvariantCulture, $"L{F(X(point.Date))} {F(YOf(series, previous.Value))}");
                }

                var joined = previous is not null && (series.Steps || point.Date.DayNumber - previous.Date.DayNumber <= chart.MaxGapDays);
                path.Append(CultureInfo.InvariantCulture, $"{(joined ? "L" : "M")}{F(X(point.Date))} {F(YOf(series, point.Value))}");
                previous = point;
            }

            if (series.Steps && previous is not null)
            {
                path.Append(CultureInfo.InvariantCulture, $"L{F(X(chart.To))} {F(YOf(series, previous.Value))}");
            }

            if (path.Length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line {series.CssClass}\" d=\"{path}\"/>");
            }

            if (series.Steps)
            {
                continue;
            }

            // Dots show single days that have no neighbour to join, which a line alone would hide.
            var dotRadius = points.Length > 120 ? 1.5 : 2.5;
            foreach (var point in points)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"dot {series.CssClass}\" cx=\"{F(X(point.Date))}\" cy=\"{F(YOf(series, point.Value))}\" r=\"{F(dotRadius)}\"/>");
            }
        }

        foreach (var marker in chart.Markers)
        {
            svg.Append(Marker(marker.Shape, marker.CssClass, X(marker.Date), Y(marker.Value)));
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A small stand-alone picture of a marker or line for the key under a chart (decorative: the key's text says it).</summary>
    public static string Swatch(string content) =>
        $"<svg class=\"swatch\" viewBox=\"0 0 24 16\" aria-hidden=\"true\" focusable=\"false\">{content}</svg>";

    public static string LineSwatch(string cssClass) => Swatch($"<path class=\"line {cssClass}\" d=\"M1 8L23 8\"/>");

    public static string MarkerSwatch(MarkerShape shape, string cssClass) => Swatch(Marker(shape, cssClass, 12, 8));

    private static string Marker(MarkerShape shape, string cssClass, double x, double y) => shape switch
    {
        MarkerShape.Ring => $"<circle class=\"marker {cssClass}\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"6\"/>",
        MarkerShape.Square => $"<rect class=\"marker {cssClass}\" x=\"{F(x - 5)}\" y=\"{F(y - 5)}\" width=\"10\" height=\"10\"/>",
        MarkerShape.Diamond => $"<path class=\"marker {cssClass}\" d=\"M{F(x)} {F(y - 7)}L{F(x + 7)} {F(y)}L{F(x)} {F(y + 7)}L{F(x - 7)} {F(y)}Z\"/>",
    };

    /// <summary>Above this many days the axis is labelled by month ("Mar 2026"), and its ticks sit on month starts.</summary>
    public const int LongRangeDays = 120;

    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12];

    /// <summary>
    /// The dates the x axis marks, at most <paramref name="count"/>. Over a long range the labels name months, so each
    /// tick is the first day of a month (every month, or every 2, 3, 6 or 12 when there are too many), never a day
    /// spaced evenly that a month label would misplace; a short range is marked at evenly spaced days with their own
    /// date as the label.
    /// </summary>
    public static IReadOnlyList<DateOnly> DateTicks(DateOnly from, DateOnly to, int count)
    {
        var span = to.DayNumber - from.DayNumber;
        if (span <= 0)
        {
            return [from];
        }

        if (span > LongRangeDays)
        {
            var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
            var months = ((to.Year - first.Year) * 12) + to.Month - first.Month + 1;
            var every = MonthSteps.FirstOrDefault(m => (months + m - 1) / m <= Math.Max(1, count), (months + count - 1) / Math.Max(1, count));
            // Start on a month that divides evenly (Jan, Apr, Jul, Oct for quarters) so the ticks read as a calendar.
            while ((first.Month - 1) % every != 0 && every <= 12)
            {
                first = first.AddMonths(1);
            }

            var ticks = new List<DateOnly>();
            for (var month = first; month <= to; month = month.AddMonths(every))
            {
                ticks.Add(month);
            }

            return ticks;
        }

        var steps = Math.Max(1, Math.Min(count - 1, span));
        return [.. Enumerable.Range(0, steps + 1).Select(i => DateOnly.FromDayNumber(from.DayNumber + (int)Math.Round(span * (double)i / steps)))];
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Tick(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
