namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>Saves a new checklist for the caller. The server sets the id, the owner and both timestamps.</summary>
public sealed class CreateClinicChecklistHandler(
    LanternDbContext db,
    HealthDataAccess access,
    TimeProvider time,
    ILogger<CreateClinicChecklistHandler> logger)
{
    public async Task<ClinicChecklistResponse> HandleAsync(SaveClinicChecklistRequest request, CancellationToken ct)
    {
        var valid = ClinicChecklistInput.Validate(request);
        var context = await access.GetContextAsync(ct);
        if (await db.Set<ClinicChecklist>().OwnedBy(context).CountAsync(ct) >= ClinicChecklist.MaxPerPerson)
        {
            throw new ValidationFailedException("general", $"You can keep up to {ClinicChecklist.MaxPerPerson} clinic checklists. Delete one you no longer need first.");
        }

        var now = time.GetUtcNow();
        var checklist = new ClinicChecklist
        {
            PatientId = context.UserId,
            ClinicName = valid.ClinicName,
            CreatedAt = now,
            UpdatedAt = now,
            Answers = [.. valid.Answers],
        };
        db.Add(checklist);
        await db.SaveChangesAsync(ct);
        ClinicChecklistLog.Created(logger, checklist.Id, context.UserId);
        return ClinicChecklistResponse.From(checklist);
    }
}
