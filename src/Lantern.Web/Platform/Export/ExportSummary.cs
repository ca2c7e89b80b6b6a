namespace Lantern.Web.Platform.Export;

/// <summary>
/// One section of the summary for a new clinician, in plain words: a heading, short lines and any charts. A source adds
/// only what a prescriber reads in a minute; the tables and the Bundle hold everything.
/// </summary>
/// <param name="Order">Lower comes first: scores, sessions, taper, medicines, alerts.</param>
public sealed record SummarySection(int Order, string Title, IReadOnlyList<string> Lines, IReadOnlyList<SummaryChart> Charts)
{
    public SummarySection(int order, string title, IReadOnlyList<string> lines)
        : this(order, title, lines, [])
    {
    }
}

/// <summary>A line chart of one value over days, drawn on the summary's page with a fixed scale.</summary>
public sealed record SummaryChart(string Title, double Minimum, double Maximum, IReadOnlyList<SummaryPoint> Points);

/// <summary>One value on one day.</summary>
public sealed record SummaryPoint(DateOnly Day, double Value);

/// <summary>Where each part of the summary goes, so sources agree on the order without knowing each other.</summary>
public static class SummaryOrder
{
    public const int Scores = 10;
    public const int CheckIns = 20;
    public const int Sessions = 30;
    public const int Taper = 40;
    public const int Medicines = 50;
    public const int Alerts = 60;
}
