namespace Lantern.Web.Platform.Charts;

/// <summary>One value on one day.</summary>
public sealed record ChartPoint(DateOnly Date, double Value);

/// <summary>
/// One line. A gap longer than the chart's <see cref="LineChart.MaxGapDays"/> breaks it, so missing days are not drawn
/// as data, and each point gets a dot so a day with no neighbour still shows.
/// </summary>
/// <param name="CssClass">Colour and dash come from the stylesheet (the CSP forbids style attributes).</param>
/// <param name="Steps">A value held until the next one (a dose): drawn as steps, held to the chart's end, without dots.</param>
/// <param name="OnRightScale">Drawn against the chart's <see cref="LineChart.RightScale"/> instead of the left one.</param>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points, bool Steps = false, bool OnRightScale = false);

/// <summary>A shaded horizontal band, e.g. a questionnaire severity band, labelled inside the plot.</summary>
public sealed record ChartBand(double From, double To, string Label, string CssClass);

/// <summary>The shape of a <see cref="ChartMarker"/>; shapes, not only colours, tell markers apart.</summary>
public enum MarkerShape
{
    Ring,
    Square,
    Diamond,
}

/// <summary>A labelled horizontal line at a reference value (e.g. a guideline level), drawn across the plot above the bands.</summary>
public sealed record ChartReferenceLine(double Value, string Label, string CssClass);

/// <summary>A point singled out on top of the lines (the baseline, a response, a remission).</summary>
public sealed record ChartMarker(DateOnly Date, double Value, MarkerShape Shape, string CssClass);

/// <summary>A second value scale on the right (the dose under a symptom score), with its ticks and unit.</summary>
public sealed record ChartScale(double Min, double Max, IReadOnlyList<double> Ticks, string Unit);

/// <summary>
/// Everything needed to draw a date-based line chart. The renderer adds no meaning of its own: bands, markers and
/// their labels are decided by the caller from the clinical library, and the words sit outside the picture too
/// (title, description, caption and data table) so nobody depends on seeing it.
/// </summary>
/// <param name="YUnit">The left scale's unit, written above it ("mg", "%"), or null.</param>
public sealed record LineChart(
    string Id,
    string Title,
    string Description,
    DateOnly From,
    DateOnly To,
    double YMin,
    double YMax,
    IReadOnlyList<double> YTicks,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartBand> Bands,
    IReadOnlyList<ChartMarker> Markers,
    int MaxGapDays = 1,
    IReadOnlyList<ChartReferenceLine>? ReferenceLines = null,
    string? YUnit = null,
    ChartScale? RightScale = null);
