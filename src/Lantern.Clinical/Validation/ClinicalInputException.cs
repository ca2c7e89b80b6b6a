namespace Lantern.Clinical.Validation;

/// <summary>
/// Thrown when a calculator is given input it must not score. Carries every error found, not just the first,
/// so a form can show them all at once. Callers that prefer not to catch can call the matching <c>Validate</c>.
/// </summary>
public sealed class ClinicalInputException : ArgumentException
{
    public ClinicalInputException(IReadOnlyList<InputError> errors)
        : base(Describe(errors), errors is { Count: > 0 } ? errors[0].Field : null)
    {
        if (errors is null || errors.Count == 0)
        {
            throw new ArgumentException("An input exception needs at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    public ClinicalInputException(InputError error)
        : this([error])
    {
    }

    public ClinicalInputException()
        : this(new InputError("input", "The input is not valid."))
    {
    }

    public ClinicalInputException(string message)
        : this(new InputError("input", message))
    {
    }

    public ClinicalInputException(string message, Exception innerException)
        : base(message, innerException) =>
        Errors = [new InputError("input", message)];

    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The first invalid field, e.g. <c>answers[3]</c>.</summary>
    public string Field => Errors[0].Field;

    private static string Describe(IReadOnlyList<InputError>? errors) =>
        errors is null ? "Invalid input." : string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}"));
}
