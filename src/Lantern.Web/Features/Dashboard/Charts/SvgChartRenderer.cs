using System.Globalization;
using System.Net;
using System.Text;

namespace Lantern.Web.Features.Dashboard.Charts;

/// <summary>The drawing size of one rendering. Pages render a narrow and a wide one and CSS shows the one that fits.</summary>
public sealed record ChartLayout(string Name, int Width, int Height, int FontSize, int XTicks)
{
    /// <summary>Phones: drawn at 340 units so 12-unit text stays about 12 px on a 360 px screen.</summary>
    public static ChartLayout Narrow { get; } = new("narrow", 340, 220, 12, 3);

    public static ChartLayout Wide { get; } = new("wide", 680, 300, 12, 6);
}

/// <summary>
/// Writes a <see cref="LineChart"/> as inline SVG: no script, no style attributes (the CSP forbids them; colours
/// and dash patterns come from classes in journey.css), real text, and role="img" with a title and description.
/// See docs/adr/0006-server-rendered-svg-charts.md for why this is hand-written rather than a charting library.
/// </summary>
public static class SvgChartRenderer
{
    private const int Left = 34;
    private const int Right = 10;
    private const int Top = 10;
    private const int Bottom = 26;

    public static string Render(LineChart chart, ChartLayout layout)
    {
        var id = $"{chart.Id}-{layout.Name}";
        var plotWidth = layout.Width - Left - Right;
        var plotHeight = layout.Height - Top - Bottom;
        var days = Math.Max(1, chart.To.DayNumber - chart.From.DayNumber);
        double X(DateOnly date) => Left + (date.DayNumber - chart.From.DayNumber) * (double)plotWidth / days;
        double Y(double value) => Top + plotHeight - (Math.Clamp(value, chart.YMin, chart.YMax) - chart.YMin) * plotHeight / (chart.YMax - chart.YMin);

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
                $"<text class=\"tick\" x=\"{Left - 5}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\" font-size=\"{layout.FontSize}\">{F(tick)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left + plotWidth}\" y1=\"{Top + plotHeight}\" y2=\"{Top + plotHeight}\"/>");
        var longRange = days > 120;
        foreach (var date in XTicks(chart.From, chart.To, layout.XTicks))
        {
            var x = F(X(date));
            var anchor = date == chart.From ? "start" : date == chart.To ? "end" : "middle";
            var label = date.ToString(longRange ? "MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top + plotHeight}\" y2=\"{Top + plotHeight + 4}\"/>");
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
            var path = new StringBuilder();
            ChartPoint? previous = null;
            foreach (var point in series.Points.OrderBy(p => p.Date))
            {
                var joined = previous is not null && point.Date.DayNumber - previous.Date.DayNumber <= chart.MaxGapDays;
                path.Append(CultureInfo.InvariantCulture, $"{(joined ? "L" : "M")}{F(X(point.Date))} {F(Y(point.Value))}");
                previous = point;
            }

            if (path.Length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"line {series.CssClass}\" d=\"{path}\"/>");
            }

            // Dots show single days that have no neighbour to join, which a line alone would hide.
            var dotRadius = series.Points.Count > 120 ? 1.5 : 2.5;
            foreach (var point in series.Points)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"dot {series.CssClass}\" cx=\"{F(X(point.Date))}\" cy=\"{F(Y(point.Value))}\" r=\"{F(dotRadius)}\"/>");
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

    private static IEnumerable<DateOnly> XTicks(DateOnly from, DateOnly to, int count)
    {
        var span = to.DayNumber - from.DayNumber;
        if (span <= 0)
        {
            yield return from;
            yield break;
        }

        var steps = Math.Max(1, Math.Min(count - 1, span));
        for (var i = 0; i <= steps; i++)
        {
            yield return DateOnly.FromDayNumber(from.DayNumber + (int)Math.Round(span * (double)i / steps));
        }
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
