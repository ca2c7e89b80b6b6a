using Lantern.Web.Features.Shared;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Pain;

/// <summary>What the pain pages share: field errors beside their fields and a summary at the top that links to them.</summary>
public abstract class PainPageModel : PageModel
{
    public const string FormId = "opioid-form";

    public void AddErrors(ValidationFailedException failure) => FormErrors.AddTo(ModelState, failure);

    /// <summary>The message(s) for one form key, e.g. <c>Input.DailyDose</c>; null when it is fine.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public string Invalid(string key) => ErrorFor(key) is null ? "false" : "true";

    /// <summary>Every error with a link to its input, for the summary at the top of the form.</summary>
    public IReadOnlyList<(string Href, string Message)> ErrorLinks() =>
        [.. ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .SelectMany(kv => kv.Value!.Errors.Select(e => ($"#{FieldId(kv.Key)}", e.ErrorMessage)))];

    /// <summary>The id of the input a form key belongs to; the unit's first radio stands for the group.</summary>
    public static string FieldId(string key) => key switch
    {
        "Input.Opioid" => "opioid",
        "Input.DailyDose" => "dailyDose",
        "Input.Unit" => "unit-mg",
        "Input.From" => "from",
        "Input.To" => "to",
        _ => FormId,
    };
}
