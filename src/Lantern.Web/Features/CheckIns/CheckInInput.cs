using Lantern.Clinical.Safety;
using Lantern.Web.Features.WarningSigns;

namespace Lantern.Web.Features.CheckIns;

/// <summary>The fields a person types into a check-in, as the API receives them. Ids, owner and times are never bound.</summary>
public sealed record CheckInFields(
    int? Mood,
    int? Anxiety,
    decimal? SleepHours,
    int? Energy,
    int? Pain,
    string? Note,
    IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? WarningSigns);

/// <summary>A check-in's fields after validation.</summary>
public sealed record ValidCheckIn(int Mood, int Anxiety, decimal? SleepHours, int? Energy, int? Pain, string? Note,
    IReadOnlyList<string> Tags, IReadOnlyList<RedFlag> WarningSigns);

/// <summary>
/// The rules for what a check-in may hold, shared by recording and changing one. These are the ranges of Lantern's
/// own 0-10 self-rating scales and of a day's hours, not clinical thresholds.
/// </summary>
[SharedWithOtherFeatures]
public static class CheckInInput
{
    public const int ScaleMin = 0;
    public const int ScaleMax = 10;
    public const decimal SleepMin = 0;
    public const decimal SleepMax = 24;
    public const int NoteMaxLength = 500;
    /// <summary>A check-in may carry any of the person's own tags, so as many as they may keep.</summary>
    public const int MaxTags = CheckInTagRules.MaxOwnTags;
    public const int TagMaxLength = 30;
    public const char TagSeparator = ',';

    /// <summary>How far back a missed day can be filled in.</summary>
    public const int LateEntryMaxDays = 365;

    public static ValidCheckIn Validate(CheckInFields fields, FieldErrors errors)
    {
        var mood = Scale(fields.Mood, "mood", "Mood", required: true, errors);
        var anxiety = Scale(fields.Anxiety, "anxiety", "Anxiety", required: true, errors);
        // Only mood and anxiety are asked every day; the rest may be skipped, so a check-in can take ten seconds.
        int? energy = fields.Energy is null ? null : Scale(fields.Energy, "energy", "Energy", required: false, errors);
        int? pain = fields.Pain is null ? null : Scale(fields.Pain, "pain", "Pain", required: false, errors);

        decimal? sleep = null;
        if (fields.SleepHours is { } hours)
        {
            if (hours < SleepMin || hours > SleepMax)
            {
                errors.Add("sleepHours", "Hours of sleep must be from 0 to 24.");
            }
            else
            {
                sleep = Math.Round(hours, 2, MidpointRounding.AwayFromZero);
            }
        }

        var note = string.IsNullOrWhiteSpace(fields.Note) ? null : fields.Note.Trim();
        if (note is not null && note.Length > NoteMaxLength)
        {
            errors.Add("note", $"Keep the note to {NoteMaxLength} characters or fewer.");
        }

        var tags = new List<string>();
        var given = fields.Tags ?? [];
        if (given.Count > MaxTags)
        {
            errors.Add("tags", $"Use at most {MaxTags} tags.");
        }
        else
        {
            for (var i = 0; i < given.Count; i++)
            {
                if (CheckInTagRules.Name(given[i], $"tags[{i}]", errors) is { } tag && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    tags.Add(tag);
                }
            }
        }

        var signs = SelfReportedSigns.Parse(fields.WarningSigns, "warningSigns", errors);
        return new ValidCheckIn(mood, anxiety, sleep, energy, pain, note, tags, signs);
    }

    /// <summary>Splits stored tags for display.</summary>
    public static IReadOnlyList<string> SplitTags(string stored) =>
        stored.Length == 0 ? [] : stored.Split(TagSeparator);

    private static int Scale(int? value, string field, string label, bool required, FieldErrors errors)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, $"Choose {label.ToLowerInvariant()} from {ScaleMin} to {ScaleMax}.");
            }

            return -1;
        }

        if (value < ScaleMin || value > ScaleMax)
        {
            errors.Add(field, $"{label} must be a whole number from {ScaleMin} to {ScaleMax}.");
        }

        return value.Value;
    }
}
