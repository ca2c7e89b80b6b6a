using Lantern.Clinical.Validation;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// What every sessions page shares: field errors kept under the API's own field names (<c>sessions[1].date</c>), so a
/// message from a handler lands beside the matching input and in a summary that links to it.
/// </summary>
public abstract class SessionsPageModel : PageModel
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Messages that belong to the whole form rather than a field.</summary>
    public List<string> FormMessages { get; } = [];

    public bool HasErrors => _errors.Count > 0 || FormMessages.Count > 0;

    public void AddErrors(ValidationFailedException failure)
    {
        foreach (var (field, messages) in failure.Errors)
        {
            AddError(field, messages);
        }
    }

    /// <summary>
    /// Adds errors whose list index counts only the items sent (<c>checklist[2].text</c>) to the page row they came from,
    /// since the page also has rows that were left empty or removed.
    /// </summary>
    public void AddErrors(ValidationFailedException failure, string list, IReadOnlyList<int> rowOfItem)
    {
        var prefix = list + "[";
        foreach (var (field, messages) in failure.Errors)
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (field.StartsWith(prefix, StringComparison.Ordinal) && close > prefix.Length
                && int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var item)
                && item < rowOfItem.Count)
            {
                AddError($"{prefix}{rowOfItem[item]}{field[close..]}", messages);
            }
            else
            {
                AddError(field, messages);
            }
        }
    }

    public void AddErrors(ClinicalInputException failure)
    {
        foreach (var error in failure.Errors)
        {
            AddError(error.Field, [error.Message]);
        }
    }

    public void AddError(string field, IEnumerable<string> messages)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.AddRange(messages);
    }

    public string? ErrorFor(string field) => _errors.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    /// <summary>The messages of a date row (its date and its time) as one line; empty when the row is fine.</summary>
    public string RowError(int row) =>
        string.Join(" ", new[] { ErrorFor($"sessions[{row}].date"), ErrorFor($"sessions[{row}].time") }.OfType<string>());

    public string Invalid(string field) => _errors.ContainsKey(field) ? "true" : "false";

    /// <summary>Every error with a link to its field, for the summary at the top of the form.</summary>
    public IReadOnlyList<(string Href, string Message)> ErrorLinks(string formId) =>
        [.. FormMessages.Select(m => ($"#{formId}", m)), .. _errors.SelectMany(kv => kv.Value.Select(m => ($"#{FieldId(kv.Key)}", m)))];

    /// <summary>The id of the input for an API field: <c>sessions[1].date</c> is <c>sessions-1-date</c>.</summary>
    public static string FieldId(string field) =>
        field.Replace("[", "-", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '-');
}
