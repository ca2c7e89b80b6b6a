using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Taper.Plans;

public sealed record CreateTaperPlanRequest : TaperSettings
{
    public CreateTaperPlanRequest()
    {
    }

    /// <summary>A request with every choice of <paramref name="settings"/>, as the plan form reads them.</summary>
    public CreateTaperPlanRequest(TaperSettings settings) : base(settings)
    {
    }

    /// <summary>One of the caller's own medicines, to link the plan to; optional.</summary>
    public Guid? MedicationId { get; init; }
}

/// <summary>
/// Saves a plan after the planner has accepted it. Only the choices are stored; the owner, id and timestamps are
/// set here and never read from the request.
/// </summary>
public sealed class CreateTaperPlanHandler(
    LanternDbContext db,
    HealthDataAccess access,
    CurrentPerson person,
    SavedPlanReader reader,
    TimeProvider time,
    ILogger<CreateTaperPlanHandler> logger)
{
    public async Task<SavedPlan> HandleAsync(CreateTaperPlanRequest request, CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var errors = request.CheckDates(me.Today).ToList();
        if (request.MedicationId is { } medicationId && !await OwnsMedicationAsync(medicationId, ct))
        {
            errors.Add(new InputError("medicationId", "Choose one of your own medicines, or leave this empty."));
        }

        var schedule = TaperPlanning.Plan(request.ToRequest(), errors);
        var now = time.GetUtcNow();
        var plan = new TaperPlan
        {
            PatientId = me.Id,
            MedicationId = request.MedicationId,
            Drug = schedule.Drug.Name,
            Method = schedule.MethodCode,
            CreatedAt = now,
            UpdatedAt = now,
        };
        request.ApplyTo(plan, schedule);
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        TaperLog.PlanCreated(logger, plan.Id, me.Id);
        return await reader.ReadAsync(plan.Id, ct);
    }

    private async Task<bool> OwnsMedicationAsync(Guid id, CancellationToken ct) =>
        await access.FindOwnedOrDefaultAsync(db.Medications(), id, ct) is not null;
}
