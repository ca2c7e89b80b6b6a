using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Taper.Journal;

/// <param name="Date">The person's day; today when left out. A missed day can be filled in later.</param>
/// <param name="Ratings">The withdrawal checklist, one 0-3 rating per item in order.</param>
/// <param name="SymptomsTolerable">Required when any symptom is rated: it decides whether the next reduction waits.</param>
/// <param name="Mood">0 (very low) to 10 (very good).</param>
/// <param name="Note">Optional free text, shared only with people the patient shares their journal with.</param>
public sealed record RecordJournalEntryRequest(
    DateOnly? Date,
    IReadOnlyList<int>? Ratings,
    bool? SymptomsTolerable,
    int? Mood,
    bool? ThoughtsOfSuicideOrSelfHarm,
    bool? UnableToManageDailyLife,
    [MultiLine] string? Note);

/// <summary>
/// Saves one day of the taper journal (one per plan per day; saving the same day again replaces it), then recomputes
/// the plan so the hold rule sees the new answer at once (NICE QS8).
/// </summary>
public sealed class RecordJournalEntryHandler(
    LanternDbContext db,
    HealthDataAccess access,
    SavedPlanReader reader,
    CurrentPerson person,
    TimeProvider time,
    ILogger<RecordJournalEntryHandler> logger)
{
    public async Task<JournalDayResult> HandleAsync(Guid planId, RecordJournalEntryRequest request, CancellationToken ct)
    {
        var plan = (await reader.ReadOwnedAsync(planId, ct)).Plan;
        var me = await person.GetAsync(ct);
        var date = request.Date ?? me.Today;
        var errors = Validate(request, date, me.Today);
        FieldErrors.Check(errors);

        var now = time.GetUtcNow();
        var mine = await access.GetContextAsync(ct);
        var entry = await db.TaperJournalEntries().OwnedBy(mine).FirstOrDefaultAsync(e => e.PlanId == plan.Id && e.Date == date, ct);
        if (entry is null)
        {
            entry = new TaperJournalEntry { PatientId = me.Id, PlanId = plan.Id, Date = date, RecordedAt = now };
            db.Add(entry);
        }

        entry.Ratings = [.. request.Ratings!];
        entry.SymptomsTolerable = request.SymptomsTolerable;
        entry.Mood = request.Mood!.Value;
        entry.ThoughtsOfSuicideOrSelfHarm = request.ThoughtsOfSuicideOrSelfHarm == true;
        entry.UnableToManageDailyLife = request.UnableToManageDailyLife == true;
        entry.UpdatedAt = now;

        var text = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note;
        var note = await db.TaperJournalNotes().OwnedBy(mine).FirstOrDefaultAsync(n => n.EntryId == entry.Id, ct);
        if (text is null && note is not null)
        {
            db.Remove(note);
        }
        else if (text is not null && note is null)
        {
            db.Add(new TaperJournalNote { PatientId = me.Id, EntryId = entry.Id, Text = text, UpdatedAt = now });
        }
        else if (text is not null && note is not null)
        {
            note.Text = text;
            note.UpdatedAt = now;
        }

        // The same day may be saved by a concurrent request; then nothing from this one is stored.
        await db.SaveChangesOrConflictAsync(TaperConflicts.PlanChanged, ct);

        TaperLog.JournalSaved(logger, plan.Id);
        var saved = await reader.ReadAsync(plan.Id, ct);
        var flags = JournalFlags.For(entry);
        return new JournalDayResult(
            JournalEntryResponse.From(entry, text),
            JournalFlags.Advice(saved.Schedule),
            WithdrawalGuidanceResponse.From(WithdrawalOrRelapse.Explain(saved.LastReduction, me.Today)),
            SafetyResponse.From(flags, [], me).Crisis);
    }

    private static List<InputError> Validate(RecordJournalEntryRequest request, DateOnly date, DateOnly today)
    {
        var errors = WithdrawalChecklist.Validate(request.Ratings, request.SymptomsTolerable).ToList();
        if (request.Mood is not (>= TaperLimits.MoodMin and <= TaperLimits.MoodMax))
        {
            errors.Add(new InputError("mood", $"Choose your mood from {TaperLimits.MoodMin} (very low) to {TaperLimits.MoodMax} (very good)."));
        }

        if (date > today || date < today.AddDays(-TaperLimits.JournalBackfillDays))
        {
            errors.Add(new InputError("date", $"Give today or a day in the last {TaperLimits.JournalBackfillDays} days."));
        }

        if (request.Note is { Length: > TaperLimits.NoteMaxLength })
        {
            errors.Add(new InputError("note", $"Keep the note to {TaperLimits.NoteMaxLength} characters."));
        }

        return errors;
    }
}
