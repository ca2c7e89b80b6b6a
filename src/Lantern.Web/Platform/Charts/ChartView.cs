using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Platform.Charts;

/// <summary>One entry of the key under a chart: a small picture and the words that say the same thing.</summary>
public sealed record KeyItem(string Swatch, string Text);

/// <summary>
/// A chart ready for a page: two renderings (phone and wide; CSS shows the one that fits), its key and its summary
/// sentence. Features/Shared/_Chart.cshtml shows it as a figure; a page with its own caption can write
/// <see cref="Svg"/> inside its own figure.
/// </summary>
public sealed record ChartView(string Id, string Title, string Summary, string NarrowSvg, string WideSvg, IReadOnlyList<KeyItem> Key)
{
    /// <summary>Both renderings of a chart, with its key.</summary>
    public static ChartView For(LineChart chart, IReadOnlyList<KeyItem> key) => new(
        chart.Id,
        chart.Title,
        chart.Description,
        SvgChartRenderer.Render(chart, ChartLayout.Narrow),
        SvgChartRenderer.Render(chart, ChartLayout.Wide),
        key);

    /// <summary>Both renderings in the chart's frame (each SVG carries its own title and description).</summary>
    public IHtmlContent Svg => new HtmlString($"<div class=\"chart-frame\">{NarrowSvg}{WideSvg}</div>");
}
