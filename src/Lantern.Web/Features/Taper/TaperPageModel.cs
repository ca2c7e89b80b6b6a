using Lantern.Web.Features.Shared;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Taper;

/// <summary>What every taper page shares: field errors beside their fields and a summary that links to them.</summary>
public abstract class TaperPageModel : PageModel
{
    public void AddErrors(ValidationFailedException failure, string prefix = "Input") => FormErrors.AddTo(ModelState, failure, prefix);

    /// <summary>The message(s) for one form key, e.g. <c>Input.CurrentDoseMg</c>; null when it is fine.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public string Invalid(string key) => ErrorFor(key) is null ? "false" : "true";

    /// <summary>Every error on the page with a link to its field, for the summary at the top of a form.</summary>
    public IReadOnlyList<(string Href, string Message)> ErrorLinks(string formId) =>
        [.. ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .SelectMany(kv => kv.Value!.Errors.Select(e => ($"#{FieldId(kv.Key, formId)}", e.ErrorMessage)))];

    /// <summary>The id of the input a form key belongs to: <c>Input.CurrentDoseMg</c> is <c>currentDoseMg</c>.</summary>
    public static string FieldId(string key, string formId)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var field = dot < 0 ? key : key[(dot + 1)..];
        if (field.Length == 0 || field.Contains('[', StringComparison.Ordinal) && !field.StartsWith("Ratings[", StringComparison.Ordinal))
        {
            return formId;
        }

        field = char.ToLowerInvariant(field[0]) + field[1..];
        return field switch
        {
            "drug" or "formulation" => "medicine",
            "method" => "method-standard",
            _ when field.StartsWith("ratings[", StringComparison.Ordinal) => "rating-" + field[8..^1] + "-0",
            _ => field,
        };
    }
}
