namespace Lantern.Clinical.Costs;

/// <summary>
/// What the person chooses. Codes as in <see cref="CostCodes"/>; null insurance means "unknown" and null boosters
/// means none. <paramref name="QuotedPricePerSession"/> is an optional price a clinic quoted them.
/// </summary>
public sealed record CostRequest(
    string? Route,
    int? SessionsInCourse,
    string? Boosters = null,
    string? Insurance = null,
    decimal? QuotedPricePerSession = null);
