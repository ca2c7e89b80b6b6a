namespace Lantern.Web.Platform.Problems;

/// <summary>
/// Input that breaks a rule. Carries field names as the API spells them (<c>answers[3]</c>, <c>email</c>, <c>general</c>
/// for the request as a whole) so the API answers with RFC 9457 validation problem details naming each field
/// (<see cref="Http.LanternExceptionHandler"/>) and a form shows each message beside its field
/// (<see cref="Forms.FormPageModel"/>). Build one with <see cref="FieldErrors"/>.
/// </summary>
public sealed class ValidationFailedException : Exception
{
    /// <summary>A failure of one field.</summary>
    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>Failures of several fields, each with its messages.</summary>
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : this(errors, new Dictionary<string, string[]>())
    {
    }

    internal ValidationFailedException(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]> apiErrors)
        : base("The request has invalid fields.")
    {
        Errors = errors;
        ApiErrors = apiErrors.Count == 0 ? errors : apiErrors;
    }

    /// <summary>The messages for people, by field: what a form shows beside the field.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>
    /// The messages for API callers, by field: the same words, plus the codes a machine may send instead where the
    /// clinical library listed them and the words do not name them already (a person picks from the form's own choices).
    /// </summary>
    public IReadOnlyDictionary<string, string[]> ApiErrors { get; }

    /// <summary>The same failure with its fields renamed, e.g. a form's second copy of a field.</summary>
    public ValidationFailedException Renamed(Func<string, string> rename) =>
        new(Rename(Errors, rename), Rename(ApiErrors, rename));

    private static Dictionary<string, string[]> Rename(IReadOnlyDictionary<string, string[]> errors, Func<string, string> rename) =>
        errors.GroupBy(kv => rename(kv.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
