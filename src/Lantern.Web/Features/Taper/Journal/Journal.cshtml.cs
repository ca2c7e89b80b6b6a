using Lantern.Clinical.Instruments;
using Lantern.Web.Platform.Input;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper.Journal;

/// <summary>The journal form: ten checklist ratings, tolerability, mood, two safety questions and a note.</summary>
public sealed class JournalFormInput
{
    public string? Date { get; set; }
    public string?[] Ratings { get; set; } = new string?[WithdrawalChecklist.ItemCount];
    public string? SymptomsTolerable { get; set; }
    public string? Mood { get; set; }
    public bool ThoughtsOfSuicideOrSelfHarm { get; set; }
    public bool UnableToManageDailyLife { get; set; }
    [MultiLine]
    public string? Note { get; set; }

    public RecordJournalEntryRequest ToRequest()
    {
        var errors = new FieldErrors();
        var ratings = new int[WithdrawalChecklist.ItemCount];
        for (var i = 0; i < ratings.Length; i++)
        {
            // An item left unanswered counts as "not at all", the choice the form starts on.
            ratings[i] = FormText.WholeNumber(i < Ratings.Length ? Ratings[i] : null, $"ratings[{i}]", errors) ?? 0;
        }

        var request = new RecordJournalEntryRequest(
            FormText.Date(Date, "date", errors),
            ratings,
            SymptomsTolerable switch { "yes" => true, "no" => false, _ => null },
            FormText.WholeNumber(Mood, "mood", errors),
            ThoughtsOfSuicideOrSelfHarm,
            UnableToManageDailyLife,
            Note);
        errors.ThrowIfAny();

        return request;
    }
}

/// <summary>
/// The taper journal: fill in today's checklist and mood, see what it means for the next step (the hold rule), the
/// crisis route when a red flag appears, plain guidance on withdrawal versus relapse, and symptoms charted against
/// the dose steps.
/// </summary>
public sealed class JournalModel(GetTaperJournalHandler get, RecordJournalEntryHandler record) : FormPageModel
{
    public override string FieldId(string key, string formId) => TaperFields.Id(key, formId);

    [BindProperty]
    public JournalFormInput Input { get; set; } = new();

    public TaperJournal Journal { get; private set; } = null!;
    public Person Me { get; private set; } = null!;
    public JournalDayResult? Result { get; private set; }

    /// <summary>The saved day's flags with the crisis route, shown like every other red-flag answer.</summary>
    public SafetyResponse? Safety => Result is { Entry.Flags: [var first, ..] } day ? new SafetyResponse(first.Level, day.Entry.Flags, [], day.Crisis) : null;
    public bool IsOwner => Journal.Plan.IsOwnedBy(Me.Id);

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Input.Date = FormText.Of(Me.Today);
        if (Journal.Entries.FirstOrDefault(e => e.Date == Me.Today) is { } today)
        {
            Input.Ratings = [.. today.Ratings.Select(r => (string?)FormText.Of(r))];
            Input.SymptomsTolerable = today.SymptomsTolerable switch { true => "yes", false => "no", null => null };
            Input.Mood = FormText.Of(today.Mood);
            Input.ThoughtsOfSuicideOrSelfHarm = today.ThoughtsOfSuicideOrSelfHarm;
            Input.UnableToManageDailyLife = today.UnableToManageDailyLife;
            Input.Note = Journal.Notes.GetValueOrDefault(today.Id);
        }
    }

    /// <summary>Saves the day and shows what it means on the same page (no redirect, so crisis lines are not lost).</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            Result = await record.HandleAsync(id, Input.ToRequest(), ct);
            return null;
        }, () => LoadAsync(id, ct), onConflict: _ => AddFormMessage(
            "This day was saved from somewhere else at the same moment. Nothing was saved here: reload and try again."));
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Journal = await get.HandleAsync(id, ct);
        Me = await CurrentPerson.GetAsync(ct);
    }
}
