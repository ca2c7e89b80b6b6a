using Lantern.Clinical.Validation;
using Lantern.Web.Platform.Http;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// Turns the clinical library's input errors into the web's validation failure, keeping its JSON field names, so a
/// bad dose or an unknown medicine is a 400 naming the field on the API and a message beside the field on a page.
/// </summary>
public static class TaperErrors
{
    public static ValidationFailedException ToValidationFailure(IEnumerable<InputError> errors, Func<string, string>? rename = null) =>
        new(errors
            .GroupBy(e => rename is null ? e.Field : rename(e.Field), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal));

    public static void ThrowIfAny(IReadOnlyCollection<InputError> errors, Func<string, string>? rename = null)
    {
        if (errors.Count > 0)
        {
            throw ToValidationFailure(errors, rename);
        }
    }

    /// <summary>Adds one more problem to a dictionary of field errors.</summary>
    public static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
