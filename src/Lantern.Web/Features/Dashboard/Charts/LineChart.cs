namespace Lantern.Web.Features.Dashboard.Charts;

public sealed record ChartPoint(DateOnly Date, double Value);

/// <summary>One line. A gap longer than the chart's <see cref="LineChart.MaxGapDays"/> breaks it, so missing days are not drawn as data.</summary>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<ChartPoint> Points);

/// <summary>A shaded horizontal band, e.g. a questionnaire severity band, labelled inside the plot.</summary>
public sealed record ChartBand(double From, double To, string Label, string CssClass);

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

/// <summary>
/// Everything needed to draw a date-based line chart. The renderer adds no meaning of its own: bands, markers and
/// their labels are decided by the caller from the clinical library, and the words sit outside the picture too
/// (title, description, caption and data table) so nobody depends on seeing it.
/// </summary>
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
    IReadOnlyList<ChartReferenceLine>? ReferenceLines = null);
