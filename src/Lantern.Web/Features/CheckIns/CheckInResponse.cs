using Lantern.Web.Features.WarningSigns;

namespace Lantern.Web.Features.CheckIns;

/// <param name="Note">Free text: null for a reader who is not the patient and has no Journal grant.</param>
/// <param name="SleepHours">Hours of sleep the night before; null when the person skipped it.</param>
/// <param name="Energy">0 to 10; null when the person skipped it.</param>
/// <param name="Tags">The names of the patient's own tags ticked that day. Words they typed, so free text too: empty for a reader without the Journal grant.</param>
/// <param name="CanEdit">True while the patient may still change it (until the end of the local day it was saved).</param>
[SharedWithOtherFeatures]
public sealed record CheckInResponse(
    Guid Id,
    DateOnly Date,
    int Mood,
    int Anxiety,
    decimal? SleepHours,
    int? Energy,
    int? Pain,
    string? Note,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> WarningSigns,
    bool IsLate,
    bool CanEdit,
    DateTimeOffset RecordedAt,
    DateTimeOffset UpdatedAt)
{
    /// <param name="showFreeText">The reader is the patient or holds the Journal scope (<see cref="Platform.Access.AccessContext.CanReadFreeText"/>).</param>
    public static CheckInResponse From(CheckIn c, bool showFreeText, bool canEdit) => new(
        c.Id,
        c.Day,
        c.Mood,
        c.Anxiety,
        c.SleepHours,
        c.Energy,
        c.Pain,
        showFreeText ? c.Note : null,
        showFreeText ? CheckInInput.SplitTags(c.Tags) : [],
        SelfReportedSigns.FromStored(c.WarningSigns).Select(f => f.Code).ToArray(),
        c.IsLate,
        canEdit,
        c.RecordedAt,
        c.UpdatedAt);

    /// <summary>The patient may change a check-in until the local day on which they saved it ends.</summary>
    public static bool IsEditable(CheckIn c, DateOnly today) => c.RecordedOn == today;
}

/// <summary>The answer to saving a check-in: what was stored, and any red flags with the crisis route on the same response.</summary>
public sealed record CheckInSaved(CheckInResponse CheckIn, Platform.Crisis.SafetyResponse Safety);

/// <summary>Saving would break a rule about the record's state (a second check-in for a day, a change after its day): 409.</summary>
public static class CheckInConflicts
{
    /// <summary>There is a check-in for that day already; <paramref name="existingId"/>, when known, is in the body as <c>existingId</c>.</summary>
    public static ConflictException DayTaken(Guid? existingId = null) => new(
        "Conflict",
        "There is already a check-in for that day. Change it instead of adding another.",
        extensions: existingId is { } existing ? new Dictionary<string, object?> { ["existingId"] = existing } : null);

    /// <summary>The check-in's own day is over, so it stays as it was.</summary>
    public static ConflictException DayOver() => new("Conflict", "A check-in can be changed only on the day it was saved.");
}
