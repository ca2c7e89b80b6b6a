using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Journal;

/// <summary>The journal of one plan, with the plan itself so a page can chart symptoms against steps.</summary>
public sealed record TaperJournal(SavedPlan Plan, IReadOnlyList<TaperJournalEntry> Entries, IReadOnlyDictionary<Guid, string> Notes, bool NotesIncluded, WithdrawalRelapseGuidance Guidance);

/// <summary>
/// Reads a plan's journal under <see cref="AccessScope.Taper"/>. Written notes are added only when the reader may
/// also see the patient's <see cref="AccessScope.Journal"/>; otherwise they are left out, not blanked.
/// </summary>
public sealed class GetTaperJournalHandler(LanternDbContext db, HealthDataAccess access, SavedPlanReader reader, CurrentPerson person)
{
    public async Task<TaperJournal> HandleAsync(Guid planId, CancellationToken ct)
    {
        var saved = await reader.ReadAsync(planId, ct);
        var patientId = saved.Plan.PatientId;
        var entries = await (await access.ForPatientAsync(db.TaperJournalEntries().AsNoTracking(), patientId, AccessScope.Taper, ct))
            .Where(e => e.PlanId == planId)
            .OrderByDescending(e => e.Date)
            .ToListAsync(ct);

        var context = await access.GetContextAsync(ct);
        var notesIncluded = context.CanRead(patientId, AccessScope.Journal);
        var notes = new Dictionary<Guid, string>();
        if (notesIncluded && entries.Count > 0)
        {
            var ids = entries.Select(e => e.Id).ToArray();
            notes = await (await access.ForPatientAsync(db.TaperJournalNotes().AsNoTracking(), patientId, AccessScope.Journal, ct))
                .Where(n => ids.Contains(n.EntryId))
                .ToDictionaryAsync(n => n.EntryId, n => n.Text, ct);
        }

        var today = (await person.GetAsync(ct)).Today;
        return new TaperJournal(saved, entries, notes, notesIncluded, WithdrawalOrRelapse.Explain(saved.LastReduction, today));
    }

    public static TaperJournalResponse ToResponse(TaperJournal journal) => new(
        journal.Plan.Plan.Id,
        [.. WithdrawalChecklist.Definition.Items.Select(i => new ChecklistItemResponse(i.Number, i.Text))],
        [.. WithdrawalChecklist.Definition.AnswerOptions.Select(o => o.Label)],
        WithdrawalChecklist.NotValidatedNotice,
        WithdrawalGuidanceResponse.From(journal.Guidance),
        JournalFlags.Advice(journal.Plan.Schedule),
        journal.NotesIncluded,
        [.. journal.Entries.Select(e => JournalEntryResponse.From(e, journal.Notes.GetValueOrDefault(e.Id)))]);
}
