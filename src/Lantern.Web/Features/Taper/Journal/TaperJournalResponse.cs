using System.Text.Json.Serialization;
using Lantern.Clinical.Instruments;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Journal;

/// <summary>One journal day with what it means for the hold rule and which red flags it raises.</summary>
/// <param name="Note">The person's own words; present only for the patient or someone they share their journal with.</param>
public sealed record JournalEntryResponse(
    Guid Id,
    DateOnly Date,
    IReadOnlyList<int> Ratings,
    int ChecklistTotal,
    IReadOnlyList<int> SymptomsPresent,
    bool? SymptomsTolerable,
    int Mood,
    bool ThoughtsOfSuicideOrSelfHarm,
    bool UnableToManageDailyLife,
    bool HoldNextReduction,
    IReadOnlyList<FlagResponse> Flags,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note,
    DateTimeOffset RecordedAt,
    DateTimeOffset UpdatedAt)
{
    public static JournalEntryResponse From(TaperJournalEntry entry, string? note)
    {
        var checklist = WithdrawalChecklist.Score(entry.Ratings, entry.SymptomsTolerable);
        return new JournalEntryResponse(
            entry.Id, entry.Date, entry.Ratings, checklist.Total, checklist.SymptomsPresent, entry.SymptomsTolerable, entry.Mood,
            entry.ThoughtsOfSuicideOrSelfHarm, entry.UnableToManageDailyLife, checklist.HoldNextReduction,
            FlagResponse.From(JournalFlags.For(entry)), note, entry.RecordedAt, entry.UpdatedAt);
    }
}

public sealed record WithdrawalGuidanceResponse(string TimingCode, int? DaysSinceLastReduction, string Timing, IReadOnlyList<string> Points, IReadOnlyList<string> Sources)
{
    public static WithdrawalGuidanceResponse From(WithdrawalRelapseGuidance g) =>
        new(g.TimingCode, g.DaysSinceLastReduction, g.Timing, g.Points, [.. g.Sources.Select(s => s.Key)]);
}

/// <summary>A plan's journal: the checklist to fill in, today's guidance and the days so far, newest first.</summary>
/// <param name="NotesIncluded">False when the reader may see the taper but not the person's written notes.</param>
public sealed record TaperJournalResponse(
    Guid PlanId,
    IReadOnlyList<ChecklistItemResponse> Checklist,
    IReadOnlyList<string> RatingLabels,
    string ChecklistNotice,
    WithdrawalGuidanceResponse Guidance,
    HoldAdviceResponse NextStepAdvice,
    bool NotesIncluded,
    IReadOnlyList<JournalEntryResponse> Entries);
