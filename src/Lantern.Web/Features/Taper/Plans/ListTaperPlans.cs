using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>The caller's plans, or (with <c>patientId</c>) those of a patient who shares their taper; newest first.</summary>
public sealed class ListTaperPlansHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<TaperPlanSummary>> HandleAsync(Guid? patientId, CancellationToken ct)
    {
        var context = await access.GetContextAsync(ct);
        var plans = await (await access.ForPatientAsync(db.TaperPlans().AsNoTracking(), patientId ?? context.UserId, AccessScope.Taper, ct))
            .ToListAsync(ct);
        return [.. plans
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => new TaperPlanSummary(p.Id, p.Drug, DrugCatalogue.Find(p.Drug)?.DisplayName ?? p.Drug, p.Method,
                p.CurrentDoseMg, p.StartDate, p.Version, p.CreatedAt, p.UpdatedAt))];
    }
}
