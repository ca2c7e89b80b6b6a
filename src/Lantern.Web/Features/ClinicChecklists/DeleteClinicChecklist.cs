namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>Deletes one of the caller's checklists and its answers for good.</summary>
public sealed class DeleteClinicChecklistHandler(LanternDbContext db, HealthDataAccess access, ILogger<DeleteClinicChecklistHandler> logger)
{
    public async Task HandleAsync(Guid id, CancellationToken ct)
    {
        var checklist = await access.FindOwnedAsync(db.Set<ClinicChecklist>(), id, ct);
        db.Remove(checklist);
        await db.SaveChangesAsync(ct);
        ClinicChecklistLog.Deleted(logger, checklist.Id, checklist.PatientId);
    }
}
