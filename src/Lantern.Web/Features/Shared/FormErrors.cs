using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Features.Shared;

/// <summary>Puts a handler's field errors next to the matching form fields, so pages and API share one rule.</summary>
public static class FormErrors
{
    public static void AddTo(ModelStateDictionary modelState, ValidationFailedException failure, string prefix = "Input")
    {
        foreach (var (field, messages) in failure.Errors)
        {
            var key = field == "general" ? string.Empty : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
