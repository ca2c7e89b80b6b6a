namespace Lantern.Web.Features.Taper;

/// <summary>A saved plan: the person's choices, what they recorded, and the schedule recomputed from both.</summary>
/// <param name="HoldRuleAnsweredOn">The journal day whose answer the hold rule used, if any.</param>
public sealed record TaperPlanResponse(
    Guid Id,
    Guid? MedicationId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    TaperSettings Settings,
    IReadOnlyList<TaperEventResponse> Events,
    DateOnly? HoldRuleAnsweredOn,
    TaperScheduleResponse Schedule)
{
    public static TaperPlanResponse From(SavedPlan saved) => new(
        saved.Plan.Id,
        saved.Plan.MedicationId,
        saved.Plan.Version,
        saved.Plan.CreatedAt,
        saved.Plan.UpdatedAt,
        TaperSettings.From(saved.Plan),
        [.. saved.Events.Select(TaperEventResponse.From)],
        saved.HoldAnswer?.Date,
        TaperScheduleResponse.From(saved.Schedule));
}

public sealed record TaperEventResponse(
    Guid Id,
    int Sequence,
    DateOnly Date,
    string Kind,
    decimal? DoseTakenMg,
    decimal? StepPercent,
    decimal? OccupancyDropPoints,
    DateTimeOffset RecordedAt)
{
    public static TaperEventResponse From(TaperPlanEvent e) =>
        new(e.Id, e.Sequence, e.Date, e.Kind, e.DoseTakenMg, e.StepPercent, e.OccupancyDropPoints, e.RecordedAt);
}
