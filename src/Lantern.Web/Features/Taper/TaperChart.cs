using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Taper;

/// <summary>One line on a chart: a step line (a dose held until the next change) or points joined by a line.</summary>
/// <param name="CssClass">Colour and dash come from the stylesheet (the CSP forbids style attributes).</param>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<(DateOnly Date, decimal Value)> Points, bool Steps);

/// <summary>One value axis: the series drawn against it and how it is labelled.</summary>
public sealed record ChartAxis(string Unit, IReadOnlyList<ChartSeries> Series, decimal? Max = null);

/// <summary>
/// Server-rendered SVG line charts, so they work without JavaScript, print, and need no chart library. The chart is
/// an image with a title and description (role="img"); each page also gives the same data as text and as a table.
/// Built with XElement, so any text is escaped.
/// </summary>
public static class TaperChart
{
    // Sized for a 360 px phone: the viewBox is close to the width it is drawn at, so 13 px text stays readable.
    private const double Width = 360;
    private const double Height = 250;
    private const double Top = 28;
    private const double Bottom = 34;
    private const double AxisGutter = 44;
    private const double NoGutter = 16;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IHtmlContent Render(string id, string title, string description, DateOnly from, DateOnly to, ChartAxis left, ChartAxis? right = null)
    {
        if (to <= from)
        {
            to = from.AddDays(1);
        }

        var plotLeft = AxisGutter;
        var plotRight = Width - (right is null ? NoGutter : AxisGutter);
        var plotBottom = Height - Bottom;
        double X(DateOnly date) => plotLeft + ((plotRight - plotLeft) * (date.DayNumber - from.DayNumber) / (to.DayNumber - from.DayNumber));

        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("class", "chart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("id", id),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));

        var leftMax = left.Max ?? NiceMax(MaxOf(left));
        AddAxis(svg, left, leftMax, plotLeft, plotRight, plotBottom, isLeft: true, X);
        if (right is not null)
        {
            AddAxis(svg, right, right.Max ?? NiceMax(MaxOf(right)), plotLeft, plotRight, plotBottom, isLeft: false, X);
        }

        var ticks = DateTicks(from, to).ToArray();
        for (var i = 0; i < ticks.Length; i++)
        {
            var x = X(ticks[i]);
            // The first and last labels hang inwards so they are never cut off at the edges.
            var anchor = i == 0 ? "start" : i == ticks.Length - 1 ? "end" : "middle";
            svg.Add(new XElement(Svg + "line", Attr("class", "chart-grid"), Attr("x1", x), Attr("x2", x), Attr("y1", Top), Attr("y2", plotBottom)));
            svg.Add(new XElement(Svg + "text", Attr("class", "chart-label"), Attr("x", i == 0 ? x - 4 : i == ticks.Length - 1 ? x + 4 : x), Attr("y", plotBottom + 18),
                Attr("text-anchor", anchor), ticks[i].ToString("d MMM yy", CultureInfo.InvariantCulture)));
        }

        svg.Add(new XElement(Svg + "line", Attr("class", "chart-axis"), Attr("x1", plotLeft), Attr("x2", plotRight), Attr("y1", plotBottom), Attr("y2", plotBottom)));
        return new HtmlString(svg.ToString(SaveOptions.DisableFormatting));

        void AddAxis(XElement root, ChartAxis axis, decimal max, double leftEdge, double rightEdge, double bottom, bool isLeft, Func<DateOnly, double> x)
        {
            double Y(decimal value) => bottom - ((bottom - Top) * (double)(value / max));
            var labelX = isLeft ? leftEdge - 6 : rightEdge + 6;
            var anchor = isLeft ? "end" : "start";
            for (var i = 0; i <= 4; i++)
            {
                var value = max * i / 4m;
                var y = Y(value);
                if (isLeft)
                {
                    root.Add(new XElement(Svg + "line", Attr("class", "chart-grid"), Attr("x1", leftEdge), Attr("x2", rightEdge), Attr("y1", y), Attr("y2", y)));
                }

                root.Add(new XElement(Svg + "text", Attr("class", "chart-label"), Attr("x", labelX), Attr("y", y + 4), Attr("text-anchor", anchor),
                    value.ToString("0.##", CultureInfo.InvariantCulture)));
            }

            root.Add(new XElement(Svg + "text", Attr("class", "chart-label chart-unit"), Attr("x", isLeft ? 4 : Width - 4), Attr("y", Top - 12), Attr("text-anchor", isLeft ? "start" : "end"), axis.Unit));

            foreach (var series in axis.Series.Where(s => s.Points.Count > 0))
            {
                var points = new List<string>();
                for (var i = 0; i < series.Points.Count; i++)
                {
                    var (date, value) = series.Points[i];
                    points.Add(Point(x(date), Y(value)));
                    if (series.Steps)
                    {
                        var next = i + 1 < series.Points.Count ? series.Points[i + 1].Date : to;
                        points.Add(Point(x(next), Y(value)));
                    }
                }

                root.Add(new XElement(Svg + "polyline", Attr("class", $"chart-line {series.CssClass}"), Attr("points", string.Join(' ', points))));
                if (!series.Steps)
                {
                    foreach (var (date, value) in series.Points)
                    {
                        root.Add(new XElement(Svg + "circle", Attr("class", $"chart-dot {series.CssClass}"), Attr("cx", x(date)), Attr("cy", Y(value)), Attr("r", 3)));
                    }
                }
            }
        }
    }

    /// <summary>A round axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above the largest value.</summary>
    public static decimal NiceMax(decimal value)
    {
        if (value <= 0m)
        {
            return 1m;
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
        foreach (var factor in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (factor * magnitude >= value)
            {
                return factor * magnitude;
            }
        }

        return 10m * magnitude;
    }

    private static decimal MaxOf(ChartAxis axis) => axis.Series.SelectMany(s => s.Points).Select(p => p.Value).DefaultIfEmpty(1m).Max();

    private static IEnumerable<DateOnly> DateTicks(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        var count = Math.Min(3, Math.Max(1, days / 7));
        for (var i = 0; i <= count; i++)
        {
            yield return from.AddDays(days * i / count);
        }
    }

    private static string Point(double x, double y) =>
        string.Create(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#}");

    private static XAttribute Attr(string name, object value) => new(name, value is double d ? d.ToString("0.#", CultureInfo.InvariantCulture) : value);
}
