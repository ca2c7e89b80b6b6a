using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Platform.Charts;

/// <summary>
/// A word-sized line (issue 15: a trend per person on a caseload): no axes or labels, so its meaning must travel in
/// the label, which becomes the picture's accessible name and tooltip. Points sit at their dates, so a
/// week without check-ins shows as a longer line rather than being squeezed out.
/// </summary>
public static class Sparkline
{
    public const int Width = 120;
    public const int Height = 32;
    private const double Pad = 3;

    public static IHtmlContent Render(IReadOnlyList<ChartPoint> points, DateOnly from, DateOnly to, double min, double max, string label, string cssClass)
    {
        var encodedLabel = HtmlEncoder.Default.Encode(label);
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"sparkline\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{encodedLabel}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{encodedLabel}</title>");
        var placed = Place(points, from, to, min, max);
        if (placed.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"spark-line {cssClass}\" points=\"{string.Join(' ', placed.Select(p => $"{Num(p.X)},{Num(p.Y)}"))}\"/>");
        }

        if (placed.Count > 0)
        {
            var last = placed[^1];
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"spark-dot {cssClass}\" cx=\"{Num(last.X)}\" cy=\"{Num(last.Y)}\" r=\"2.5\"/>");
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>Each point's position in the picture, oldest first; values outside the scale are held at its edge.</summary>
    public static IReadOnlyList<(double X, double Y)> Place(IReadOnlyList<ChartPoint> points, DateOnly from, DateOnly to, double min, double max)
    {
        var days = Math.Max(1, to.DayNumber - from.DayNumber);
        var range = max - min <= 0 ? 1 : max - min;
        return points.Where(p => p.Date >= from && p.Date <= to).OrderBy(p => p.Date)
            .Select(p => (
                X: Pad + (Width - 2 * Pad) * (p.Date.DayNumber - from.DayNumber) / days,
                Y: Pad + (Height - 2 * Pad) * (1 - (Math.Clamp(p.Value, min, max) - min) / range)))
            .ToArray();
    }

    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
