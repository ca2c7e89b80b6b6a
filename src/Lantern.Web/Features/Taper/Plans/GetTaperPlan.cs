namespace Lantern.Web.Features.Taper.Plans;

/// <summary>One plan with its schedule recomputed from what has been recorded.</summary>
public sealed class GetTaperPlanHandler(SavedPlanReader reader)
{
    public async Task<SavedPlan> HandleAsync(Guid id, CancellationToken ct) => await reader.ReadAsync(id, ct);
}
