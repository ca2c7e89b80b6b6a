namespace Lantern.Clinical.Costs;

/// <summary>
/// One row of the estimate: a per-session range and what it adds up to. <paramref name="Figure"/> is the published
/// figure it came from, or null for the row built from the person's own quote.
/// </summary>
/// <param name="CourseTotal">Per-session range × sessions in the course.</param>
/// <param name="MonthlyBoosters">Per-session range × booster sessions in a month.</param>
public sealed record CostLine(string Label, PriceRange PerSession, PriceRange CourseTotal, PriceRange MonthlyBoosters, CostFigure? Figure);
