using System.Text.Json;
using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>One item of a course's checklist as stored and as the API shows it.</summary>
public sealed record ChecklistItemData(string Code, string Text);

/// <summary>
/// A course's pre-session checklist, stored as a small JSON list on the course. It starts as Lantern.Clinical's
/// defaults; the patient (or their clinician, with them) may reword, remove and add items, except the blood-pressure
/// item, because starting a session depends on that reading.
/// </summary>
public static class CourseChecklist
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<ChecklistItemData> Defaults { get; } =
        SessionChecklist.Defaults.Select(i => new ChecklistItemData(i.Code, i.Text)).ToArray();

    public static string DefaultJson { get; } = JsonSerializer.Serialize(Defaults, Json);

    public static IReadOnlyList<ChecklistItemData> Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ChecklistItemData>>(json, Json) ?? [.. Defaults];
        }
        catch (JsonException)
        {
            // A row that cannot be read falls back to the defaults rather than hiding the checklist.
            return Defaults;
        }
    }

    /// <summary>Shown instead of the words of an item the patient wrote, to a reader who may not see free text.</summary>
    public const string OwnItemText = "An item the patient added";

    /// <summary>
    /// The checklist as a reader sees it: the patient's own wording is free text, so a reader without the journal
    /// scope sees Lantern's wording of each standard item and <see cref="OwnItemText"/> for items the patient added.
    /// </summary>
    public static IReadOnlyList<ChecklistItemData> ForReader(IReadOnlyList<ChecklistItemData> items, bool showFreeText) =>
        showFreeText
            ? items
            : [.. items.Select(i => i with { Text = SessionChecklist.DefaultFor(i.Code)?.Text ?? OwnItemText })];

    public static string Write(IEnumerable<ChecklistItemData> items) => JsonSerializer.Serialize(items.ToArray(), Json);

    /// <summary>The next free <c>custom-n</c> code.</summary>
    public static string NextCustomCode(IEnumerable<string> codes)
    {
        var used = codes.Where(SessionChecklist.IsCustomCode)
            .Select(c => int.Parse(c.AsSpan(SessionChecklist.CustomPrefix.Length), System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        return SessionChecklist.CustomPrefix + (used + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
