using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Taper.Plans;

/// <param name="Kind"><c>step-taken</c>, <c>hold</c>, <c>slow-down</c> or <c>step-back</c> (<c>slow</c> is accepted for slow-down).</param>
/// <param name="Date">The person's day it happened; today when left out.</param>
/// <param name="DoseTakenMg">For step-taken: the daily dose actually taken from that day.</param>
/// <param name="StepPercent">For slow-down (percentage methods): the new, smaller step.</param>
/// <param name="OccupancyDropPoints">For slow-down (occupancy method): the new, smaller drop.</param>
/// <param name="Version">The plan version the caller last read; when given and stale, the event is refused with 409.</param>
public sealed record RecordTaperEventRequest(
    string? Kind,
    DateOnly? Date,
    decimal? DoseTakenMg,
    decimal? StepPercent,
    decimal? OccupancyDropPoints,
    int? Version);

/// <summary>
/// Records what the person did and recomputes every future step from it (NICE QS8 hold rule; recomputation from the
/// dose actually taken). Events only append: the planner replays them in order, so an event dated before the last
/// one, or in the future, is refused naming <c>date</c>.
/// </summary>
public sealed class RecordTaperEventHandler(
    LanternDbContext db,
    SavedPlanReader reader,
    CurrentPerson person,
    TimeProvider time,
    ILogger<RecordTaperEventHandler> logger)
{
    public async Task<SavedPlan> HandleAsync(Guid planId, RecordTaperEventRequest request, CancellationToken ct)
    {
        var saved = await reader.ReadOwnedAsync(planId, ct);
        var plan = saved.Plan;
        if (request.Version is { } version && version != plan.Version)
        {
            throw TaperConflicts.PlanChanged();
        }

        var me = await person.GetAsync(ct);
        var date = request.Date ?? me.Today;
        var errors = new List<InputError>();
        var kind = TaperEventKinds.FromCode(request.Kind?.Trim().ToLowerInvariant() == "slow" ? "slow-down" : request.Kind);
        if (kind is null)
        {
            errors.Add(new InputError("kind", $"Use one of: {string.Join(", ", TaperEventKinds.AcceptedCodes)}.", TaperEventKinds.AcceptedCodes));
        }

        if (date > me.Today)
        {
            errors.Add(new InputError("date", "Record what has happened, today or earlier; future steps are already in the plan."));
        }
        else if (saved.Events.Count > 0 && date < saved.Events[^1].Date)
        {
            errors.Add(new InputError("date", $"Give a date on or after your last recorded event ({LocalTime.Iso(saved.Events[^1].Date)})."));
        }

        FieldErrors.Check(errors);

        // Only the fields that belong to this kind reach the planner, so a stray value cannot change the plan.
        var recorded = new TaperEvent(
            date,
            kind!.Value,
            kind == TaperEventKind.StepTaken ? request.DoseTakenMg : null,
            kind == TaperEventKind.SlowDown ? request.StepPercent : null,
            kind == TaperEventKind.SlowDown ? request.OccupancyDropPoints : null);
        var index = saved.Events.Count;
        var prefix = $"events[{index}].";
        TaperPlanning.Plan(
            TaperSettings.From(plan).ToRequest([.. saved.Events.Select(e => e.ToClinical()), recorded]),
            rename: field => field.StartsWith(prefix, StringComparison.Ordinal) ? field[prefix.Length..] : field);

        var entity = new TaperPlanEvent
        {
            PatientId = plan.PatientId,
            PlanId = plan.Id,
            Sequence = index + 1,
            Date = date,
            Kind = kind.Value.ToCode(),
            DoseTakenMg = recorded.DoseTakenMg,
            StepPercent = recorded.StepPercent,
            OccupancyDropPoints = recorded.OccupancyDropPoints,
            RecordedAt = time.GetUtcNow(),
        };
        db.Add(entity);
        plan.Version++;
        plan.UpdatedAt = entity.RecordedAt;
        // A concurrent recording may take this place in the sequence or change the plan: then nothing is saved.
        await db.SaveChangesOrConflictAsync(() =>
        {
            TaperLog.ConcurrentChange(logger, plan.Id);
            return TaperConflicts.PlanChanged();
        }, ct);

        TaperLog.EventRecorded(logger, plan.Id, entity.Sequence);
        return await reader.ReadAsync(plan.Id, ct);
    }
}
