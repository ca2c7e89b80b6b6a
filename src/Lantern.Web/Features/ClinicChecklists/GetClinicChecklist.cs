namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>One of the caller's checklists; anyone else's id is the same 404 as an id that never existed.</summary>
public sealed class GetClinicChecklistHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<ClinicChecklistResponse> HandleAsync(Guid id, CancellationToken ct) =>
        ClinicChecklistResponse.From(await access.FindOwnedAsync(db.Set<ClinicChecklist>().AsNoTracking(), id, ct));
}
