using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper;

/// <summary>A saved plan with its events and the schedule recomputed from them.</summary>
/// <param name="HoldAnswer">The journal answer fed to the hold rule: the latest day not superseded by a later event.</param>
public sealed record SavedPlan(
    TaperPlan Plan,
    IReadOnlyList<TaperPlanEvent> Events,
    TaperSchedule Schedule,
    TaperJournalEntry? HoldAnswer)
{
    public bool IsOwnedBy(Guid userId) => Plan.PatientId == userId;

    /// <summary>The last recorded reduction, for the withdrawal-versus-relapse timing.</summary>
    public DateOnly? LastReduction => Events.LastOrDefault(e => e.Kind == TaperEventKind.StepTaken.ToCode())?.Date;
}

/// <summary>
/// Loads a plan through the health-data chokepoint and recomputes its schedule. The plan, its events and its
/// journal are read under <see cref="AccessScope.Taper"/>; a read by anyone but the patient is audited there.
/// </summary>
public sealed class SavedPlanReader(LanternDbContext db, HealthDataAccess access)
{
    /// <summary>For reading: the owner, or someone the patient shares their taper with.</summary>
    public async Task<SavedPlan> ReadAsync(Guid id, CancellationToken ct) =>
        await ComputeAsync(await access.FindAsync(db.TaperPlans().AsNoTracking(), id, AccessScope.Taper, ct), ct);

    /// <summary>For changing: only the owner; anyone else gets the same 404 as a missing plan.</summary>
    public async Task<SavedPlan> ReadOwnedAsync(Guid id, CancellationToken ct) =>
        await ComputeAsync(await access.FindOwnedAsync(db.TaperPlans(), id, ct), ct);

    private async Task<SavedPlan> ComputeAsync(TaperPlan plan, CancellationToken ct)
    {
        var events = await (await access.ForPatientAsync(db.TaperPlanEvents().AsNoTracking(), plan.PatientId, AccessScope.Taper, ct))
            .Where(e => e.PlanId == plan.Id)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var latest = await (await access.ForPatientAsync(db.TaperJournalEntries().AsNoTracking(), plan.PatientId, AccessScope.Taper, ct))
            .Where(e => e.PlanId == plan.Id)
            .OrderByDescending(e => e.Date)
            .FirstOrDefaultAsync(ct);

        // A recorded event after the journal day means the person has acted since; that answer no longer decides.
        var holdAnswer = latest is not null && !events.Any(e => e.Date > latest.Date) ? latest : null;
        var schedule = TaperPlanning.Plan(TaperSettings.From(plan).ToRequest([.. events.Select(e => e.ToClinical())], SymptomsTolerable(holdAnswer)));
        return new SavedPlan(plan, events, schedule, holdAnswer);
    }

    /// <summary>The hold rule's input from a journal day: not tolerable holds; no symptoms or tolerable ones go ahead.</summary>
    public static bool? SymptomsTolerable(TaperJournalEntry? entry) =>
        entry is null ? null : !WithdrawalChecklist.Score(entry.Ratings, entry.SymptomsTolerable).HoldNextReduction;
}
