using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>
/// A proposed (not yet recorded) step of one of a patient's taper plans: only its date, never the medicine or dose.
/// </summary>
/// <param name="HoldAdvised">
/// The hold rule says stay at the current dose for this step: the latest journal day (not superseded by a later
/// recorded event) said withdrawal symptoms are not tolerable. Only the next proposed step of a plan carries it, as the
/// schedule's own <see cref="TaperStep.HoldSuggested"/> does; later steps are judged again when they come next.
/// </param>
[SharedWithOtherFeatures]
public sealed record UpcomingTaperStep(Guid PatientId, Guid PlanId, DateOnly Date, bool HoldAdvised);

/// <summary>
/// The proposed step dates of many patients' saved plans at once, for reminders and the private calendar feed. Every
/// saved plan counts while it still has proposed steps: a plan ends by being finished (its stop recorded) or deleted.
/// Three queries whatever the number of patients or plans.
/// </summary>
/// <remarks>
/// This is a system read, not a person's: it is called by the reminder scheduler and the calendar feed, which remind
/// each patient of their own plan, so it reads the tables directly instead of through the access chokepoint (there is
/// no signed-in person, and nothing leaves for anyone else). It returns no medicine, dose or journal answer.
/// </remarks>
[SharedWithOtherFeatures]
public sealed class ListUpcomingTaperStepsHandler(LanternDbContext db)
{
    public async Task<IReadOnlyList<UpcomingTaperStep>> HandleAsync(IReadOnlyCollection<Guid> patientIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (patientIds.Count == 0 || to < from)
        {
            return [];
        }

        var ids = patientIds.Distinct().ToArray();
        var plans = await db.TaperPlans().AsNoTracking().Where(p => ids.Contains(p.PatientId)).ToListAsync(ct);
        if (plans.Count == 0)
        {
            return [];
        }

        var events = (await db.TaperPlanEvents().AsNoTracking().Where(e => ids.Contains(e.PatientId)).ToListAsync(ct))
            .ToLookup(e => e.PlanId);
        // Each plan's latest journal day (one per plan and day, by its unique index).
        var journals = db.TaperJournalEntries();
        var latest = (await journals.AsNoTracking()
                .Where(e => ids.Contains(e.PatientId) && e.Date == journals.Where(x => x.PlanId == e.PlanId).Max(x => x.Date))
                .ToListAsync(ct))
            .ToDictionary(e => e.PlanId);

        var upcoming = new List<UpcomingTaperStep>();
        foreach (var plan in plans)
        {
            var planEvents = events[plan.Id].OrderBy(e => e.Sequence).ToArray();
            var journal = latest.GetValueOrDefault(plan.Id);
            // The same rule as SavedPlanReader: a recorded event after the journal day means the answer no longer decides.
            var holdAnswer = journal is not null && !planEvents.Any(e => e.Date > journal.Date) ? journal : null;
            var request = TaperSettings.From(plan).ToRequest([.. planEvents.Select(e => e.ToClinical())], SavedPlanReader.SymptomsTolerable(holdAnswer));
            if (TaperPlanner.Validate(request).Count > 0)
            {
                // A plan saved under older rules that no longer plans: its page says why; reminders skip it rather than fail everyone's.
                continue;
            }

            foreach (var step in TaperPlanner.Plan(request).Steps)
            {
                if (!step.Kind.IsRecorded() && step.Date >= from && step.Date <= to)
                {
                    upcoming.Add(new UpcomingTaperStep(plan.PatientId, plan.Id, step.Date, step.HoldSuggested));
                }
            }
        }

        return upcoming;
    }
}
