using Lantern.Clinical.Validation;

namespace Lantern.Clinical.Ketamine;

/// <summary>How a checklist item is completed.</summary>
public enum ChecklistItemKind
{
    /// <summary>The person ticks it.</summary>
    Tick,

    /// <summary>Done when a blood-pressure reading before the dose has been recorded; cannot be ticked by hand.</summary>
    BloodPressureRecorded,

    /// <summary>Done when an intention has been written.</summary>
    IntentionWritten,
}

/// <summary>One thing to have done before a session, in words the person (or their clinician) may change.</summary>
/// <param name="Code">Stable id (<c>no-driving</c>); items a person adds get <c>custom-1</c>, <c>custom-2</c>, ….</param>
/// <param name="CanRemove">False for the blood-pressure item: the start of a session depends on the reading anyway.</param>
public sealed record ChecklistItem(string Code, string Text, ChecklistItemKind Kind, bool CanRemove, IReadOnlyList<Source> Sources);

/// <summary>
/// The default pre-session checklist. Items with a source say what it supports; the rest are Lantern's own sensible
/// defaults, and every food, drink and medicine item defers to the provider's instructions because no source we hold
/// sets them. The benzodiazepine question sits beside the checklist (see <see cref="BenzodiazepineNote"/>).
/// </summary>
[Source(nameof(Refs.LanternSessionPolicy))]
public static class SessionChecklist
{
    public const int MaxItems = 20;
    public const int MaxTextLength = 200;
    public const string CustomPrefix = "custom-";

    [Source(nameof(Refs.LanternSessionPolicy))]
    [Source(nameof(Refs.SpravatoLabel))]
    [Source(nameof(Refs.Hull2022))]
    public static IReadOnlyList<ChecklistItem> Defaults { get; } =
    [
        new("food", "I have eaten or fasted exactly as my provider told me to", ChecklistItemKind.Tick, true, [Refs.LanternSessionPolicy]),
        new("no-alcohol", "No alcohol today", ChecklistItemKind.Tick, true, [Refs.LanternSessionPolicy]),
        new("medicines", "I have taken or held my medicines as my provider told me to", ChecklistItemKind.Tick, true, [Refs.LanternSessionPolicy]),
        new("support-person", "My support person is here with me and knows the plan", ChecklistItemKind.Tick, true, [Refs.Hull2022, Refs.LanternSessionPolicy]),
        new("quiet-space", "A quiet, safe place to sit or lie back", ChecklistItemKind.Tick, true, [Refs.LanternSessionPolicy]),
        new("phone-silenced", "Phone on silent, but close by for emergencies", ChecklistItemKind.Tick, true, [Refs.LanternSessionPolicy]),
        new("no-driving", "I will not drive until tomorrow, after a night's sleep, and my ride home is arranged", ChecklistItemKind.Tick, true, [Refs.SpravatoLabel]),
        new("blood-pressure", "Blood pressure measured and recorded in Lantern", ChecklistItemKind.BloodPressureRecorded, false, [Refs.SpravatoLabel]),
        new("intention", "An intention written down", ChecklistItemKind.IntentionWritten, true, [Refs.LanternSessionPolicy]),
    ];

    /// <summary>Shown when the person says they took a benzodiazepine today. Never advice to stop one.</summary>
    [Source(nameof(Refs.Andrashko2020))]
    [Source(nameof(Refs.Feeney2023))]
    public const string BenzodiazepineNote =
        "Benzodiazepines (such as lorazepam, alprazolam, clonazepam or diazepam) may weaken how well ketamine works, "
            + "especially at higher doses. Tell your provider before the session. Do not stop or cut down a "
            + "benzodiazepine on your own: stopping suddenly can be dangerous.";

    public static IReadOnlyList<Source> BenzodiazepineSources { get; } = [Refs.Andrashko2020, Refs.Feeney2023];

    public static ChecklistItem? DefaultFor(string code) => Defaults.FirstOrDefault(i => i.Code == code);

    /// <summary>
    /// Checks an edited checklist: each item's text present and short; known codes or <c>custom-n</c>; no duplicates;
    /// the blood-pressure item kept. Field names are <c>checklist[i].text</c> and <c>checklist[i].code</c>.
    /// </summary>
    [Source(nameof(Refs.SpravatoLabel))]
    public static IReadOnlyList<InputError> Validate(IReadOnlyList<(string? Code, string? Text)>? items, string field = "checklist")
    {
        var errors = new List<InputError>();
        if (items is null || items.Count == 0)
        {
            errors.Add(new InputError(field, "Keep at least the blood-pressure item."));
            return errors;
        }

        if (items.Count > MaxItems)
        {
            errors.Add(new InputError(field, $"Keep the checklist to {MaxItems} items."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var (code, text) = items[i];
            if (string.IsNullOrWhiteSpace(code) || (DefaultFor(code) is null && !IsCustomCode(code)))
            {
                errors.Add(new InputError($"{field}[{i}].code", "Unknown checklist item.", [.. Defaults.Select(d => d.Code), CustomPrefix + "1"]));
            }
            else if (!seen.Add(code))
            {
                errors.Add(new InputError($"{field}[{i}].code", "This item is in the list twice."));
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new InputError($"{field}[{i}].text", "Write what the item is, or remove it."));
            }
            else if (text.Trim().Length > MaxTextLength)
            {
                errors.Add(new InputError($"{field}[{i}].text", $"Keep each item to {MaxTextLength} characters."));
            }
        }

        if (!seen.Contains("blood-pressure"))
        {
            errors.Add(new InputError(field, "The blood-pressure item stays: a reading before the dose is needed to start a session."));
        }

        return errors;
    }

    public static bool IsCustomCode(string code) =>
        code.StartsWith(CustomPrefix, StringComparison.Ordinal)
        && int.TryParse(code.AsSpan(CustomPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
        && n is > 0 and <= 999;

    /// <summary>How an item is completed: the defaults' own kind, and a tick for anything the person added.</summary>
    public static ChecklistItemKind KindOf(string code) => DefaultFor(code)?.Kind ?? ChecklistItemKind.Tick;
}
