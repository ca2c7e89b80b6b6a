namespace Lantern.Web.Features.Taper.Plans;

public sealed record UpdateTaperPlanRequest : TaperSettings
{
    public UpdateTaperPlanRequest()
    {
    }

    /// <summary>A request with every choice of <paramref name="settings"/>, as the plan form reads them.</summary>
    public UpdateTaperPlanRequest(TaperSettings settings) : base(settings)
    {
    }

    /// <summary>The version the caller last read; when given and stale, the change is refused with 409.</summary>
    public int? Version { get; init; }
}

/// <summary>
/// Changes a plan's choices. The recorded events stay and are replayed against the new choices, so a change that
/// contradicts them (e.g. a start date after a recorded step) is refused naming the event's field.
/// </summary>
public sealed class UpdateTaperPlanHandler(
    LanternDbContext db,
    SavedPlanReader reader,
    CurrentPerson person,
    TimeProvider time,
    ILogger<UpdateTaperPlanHandler> logger)
{
    public async Task<SavedPlan> HandleAsync(Guid id, UpdateTaperPlanRequest request, int? ifMatchVersion, CancellationToken ct)
    {
        var saved = await reader.ReadOwnedAsync(id, ct);
        var plan = saved.Plan;
        var expected = ifMatchVersion ?? request.Version;
        if (expected is { } version && version != plan.Version)
        {
            throw TaperConflicts.PlanChanged();
        }

        var me = await person.GetAsync(ct);
        var events = saved.Events.Select(e => e.ToClinical()).ToArray();
        var schedule = TaperPlanning.Plan(request.ToRequest(events), request.CheckDates(me.Today));

        request.ApplyTo(plan, schedule);
        plan.UpdatedAt = time.GetUtcNow();
        plan.Version++;
        await db.SaveChangesOrConflictAsync(() =>
        {
            TaperLog.ConcurrentChange(logger, plan.Id);
            return TaperConflicts.PlanChanged();
        }, ct, wasRace: failure => Task.FromResult(failure is DbUpdateConcurrencyException));

        TaperLog.PlanChanged(logger, plan.Id, plan.Version);
        return await reader.ReadAsync(plan.Id, ct);
    }
}
