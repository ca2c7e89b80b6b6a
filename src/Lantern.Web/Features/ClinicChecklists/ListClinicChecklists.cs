namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>The caller's own checklists, oldest first so the comparison columns keep their places.</summary>
public sealed class ListClinicChecklistsHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<ClinicChecklistResponse>> HandleAsync(CancellationToken ct)
    {
        var context = await access.GetContextAsync(ct);
        var checklists = await db.Set<ClinicChecklist>().AsNoTracking()
            .OwnedBy(context)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .ToListAsync(ct);
        return checklists.Select(ClinicChecklistResponse.From).ToArray();
    }
}
