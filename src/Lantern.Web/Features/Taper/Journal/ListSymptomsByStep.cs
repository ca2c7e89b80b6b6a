using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Journal;

/// <summary>One reduction the person recorded as taken: from this day they took this dose.</summary>
[SharedWithOtherFeatures]
public sealed record TakenStep(DateOnly From, decimal? DoseMg);

/// <summary>One journal day: the sum of its withdrawal ratings (each 0–3) and its mood (0–10).</summary>
[SharedWithOtherFeatures]
public sealed record SymptomDay(DateOnly Day, int SymptomTotal, int Mood);

/// <summary>A plan's recorded steps and journal days, for the insights page to line up.</summary>
[SharedWithOtherFeatures]
public sealed record PlanSymptoms(Guid PlanId, string Drug, DateOnly StartDate, decimal StartDoseMg, IReadOnlyList<TakenStep> Steps, IReadOnlyList<SymptomDay> Days);

/// <summary>
/// The signed-in patient's own taper plans with the steps they recorded as taken and their journal days (issue 15,
/// insights: symptoms across taper steps). Own records only, under the taper scope; no free text.
/// </summary>
[SharedWithOtherFeatures]
public sealed class ListSymptomsByStepHandler(LanternDbContext db, HealthDataAccess access)
{
    public async Task<IReadOnlyList<PlanSymptoms>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var plans = await db.Set<TaperPlan>().AsNoTracking().OwnedBy(me)
            .OrderBy(p => p.StartDate)
            .Select(p => new { p.Id, p.Drug, p.StartDate, p.CurrentDoseMg })
            .ToListAsync(ct);
        if (plans.Count == 0)
        {
            return [];
        }

        var stepTaken = TaperEventKind.StepTaken.ToCode();
        var events = (await db.Set<TaperPlanEvent>().AsNoTracking().OwnedBy(me)
                .Where(e => e.Kind == stepTaken)
                .Select(e => new { e.PlanId, e.Date, e.DoseTakenMg, e.Sequence })
                .ToListAsync(ct))
            .ToLookup(e => e.PlanId);
        var days = (await db.Set<TaperJournalEntry>().AsNoTracking().OwnedBy(me)
                .Select(e => new { e.PlanId, e.Date, e.Ratings, e.Mood })
                .ToListAsync(ct))
            .ToLookup(e => e.PlanId);

        return [.. plans.Select(p => new PlanSymptoms(
            p.Id, p.Drug, p.StartDate, p.CurrentDoseMg,
            [.. events[p.Id].OrderBy(e => e.Date).ThenBy(e => e.Sequence).Select(e => new TakenStep(e.Date, e.DoseTakenMg))],
            [.. days[p.Id].OrderBy(d => d.Date).Select(d => new SymptomDay(d.Date, d.Ratings.Sum(), d.Mood))]))];
    }
}
