using Lantern.Clinical.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Tools;

/// <summary>Shared bits of the public calculator pages: clinical errors onto fields.</summary>
[AllowAnonymous]
public abstract class ToolsPageModel : PageModel
{
    /// <summary>Puts each clinical input error next to its field ("answers[3]" → "Answers[3]").</summary>
    protected void AddErrors(ClinicalInputException failure)
    {
        foreach (var error in failure.Errors)
        {
            var key = error.Field.Length == 0 ? string.Empty : char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
            ModelState.AddModelError(key, error.Accepted is { Count: > 0 } ? $"{error.Message} Choose one of: {string.Join(", ", error.Accepted)}." : error.Message);
        }
    }
}
