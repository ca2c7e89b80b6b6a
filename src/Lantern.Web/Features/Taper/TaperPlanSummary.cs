namespace Lantern.Web.Features.Taper;

/// <summary>One line of the plan list.</summary>
public sealed record TaperPlanSummary(
    Guid Id,
    string Drug,
    string DisplayName,
    string Method,
    decimal CurrentDoseMg,
    DateOnly StartDate,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
