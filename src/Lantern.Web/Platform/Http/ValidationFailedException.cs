namespace Lantern.Web.Platform.Http;

/// <summary>
/// Input that breaks a rule. Carries field names as the API spells them (<c>answers[3]</c>, <c>email</c>)
/// so the API can answer with RFC 9457 validation problem details and pages can show the message by the field.
/// </summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request has invalid fields.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public ValidationFailedException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }
}
