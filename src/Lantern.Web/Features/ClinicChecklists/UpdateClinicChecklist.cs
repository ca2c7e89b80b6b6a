namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// Replaces the clinic name and answers of one of the caller's checklists. The record is found before the body is
/// checked, so someone else's id is a 404 whatever the body says, and nothing about it can be learned from a 400.
/// </summary>
public sealed class UpdateClinicChecklistHandler(
    LanternDbContext db,
    HealthDataAccess access,
    TimeProvider time,
    ILogger<UpdateClinicChecklistHandler> logger)
{
    public async Task<ClinicChecklistResponse> HandleAsync(Guid id, SaveClinicChecklistRequest request, CancellationToken ct)
    {
        var checklist = await access.FindOwnedAsync(db.Set<ClinicChecklist>(), id, ct);
        var valid = ClinicChecklistInput.Validate(request);

        checklist.ClinicName = valid.ClinicName;
        // Update rows in place: owned rows keyed by question cannot be swapped for new instances in one save.
        foreach (var answer in valid.Answers)
        {
            var row = checklist.Answers.FirstOrDefault(a => a.Question == answer.Question);
            if (row is null)
            {
                checklist.Answers.Add(answer);
            }
            else
            {
                row.Answer = answer.Answer;
                row.Notes = answer.Notes;
            }
        }

        checklist.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        ClinicChecklistLog.Updated(logger, checklist.Id, checklist.PatientId);
        return ClinicChecklistResponse.From(checklist);
    }
}
