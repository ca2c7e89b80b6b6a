using Lantern.Clinical.Validation;

namespace Lantern.Web.Platform.Problems;

/// <summary>
/// The one collector of field errors, in the API's spelling (<c>mood</c>, <c>answers[3]</c>, <c>events[2].date</c>).
/// Handlers and forms add to it and throw it once, so every problem with a request is reported together; the same
/// message for the same field is kept once. <see cref="ThrowIfAny"/> throws <see cref="ValidationFailedException"/>,
/// which the API answers with 400 and a form shows beside its fields.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<(string Message, IReadOnlyList<string>? Accepted)>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when any field has an error.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> has an error already.</summary>
    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds a message for a field; <paramref name="accepted"/> lists the codes an API caller may send instead.</summary>
    public void Add(string field, string message, IReadOnlyList<string>? accepted = null)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        if (!list.Exists(e => e.Message == message))
        {
            list.Add((message, accepted));
        }
    }

    /// <summary>Adds the clinical library's own input errors, each under the field it names (optionally renamed).</summary>
    public void AddRange(IEnumerable<InputError> errors, Func<string, string>? rename = null)
    {
        foreach (var error in errors)
        {
            Add(rename is null ? error.Field : rename(error.Field), error.Message, error.Accepted);
        }
    }

    /// <summary>Adds errors only for fields that have none yet, so two checks of one field don't say it twice.</summary>
    public void AddWhereNew(IEnumerable<InputError> errors) => AddRange(errors.Where(e => !Has(e.Field)).ToArray());

    /// <summary>Adds another collector's errors for fields that have none here yet (this one's findings win).</summary>
    public void AddWhereNew(FieldErrors other)
    {
        foreach (var (field, errors) in other._errors.Where(kv => !Has(kv.Key)).ToArray())
        {
            foreach (var (message, accepted) in errors)
            {
                Add(field, message, accepted);
            }
        }
    }

    /// <summary>Throws <see cref="ValidationFailedException"/> with every error collected, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }

    /// <summary>Every error collected, as the exception the API and forms understand.</summary>
    public ValidationFailedException ToException() => new(
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
        _errors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(ForApi).ToArray(), StringComparer.Ordinal));

    /// <summary>Throws the clinical library's input errors (from a <c>Validate</c> method) when there are any.</summary>
    public static void Check(IEnumerable<InputError> errors, Func<string, string>? rename = null)
    {
        var collected = new FieldErrors();
        collected.AddRange(errors, rename);
        collected.ThrowIfAny();
    }

    /// <summary>
    /// The one translation of Lantern.Clinical's <see cref="ClinicalInputException"/>: each error under the field the
    /// library named, optionally renamed to the caller's spelling.
    /// </summary>
    public static ValidationFailedException From(ClinicalInputException exception, Func<string, string>? rename = null)
    {
        var errors = new FieldErrors();
        errors.AddRange(exception.Errors, rename);
        return errors.ToException();
    }

    /// <summary>
    /// Runs a call into the clinical library and reports its input errors under the caller's field names, e.g. the
    /// planner's <c>events[3].date</c> as the form's <c>date</c>.
    /// </summary>
    public static T Renaming<T>(Func<string, string> rename, Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ClinicalInputException exception)
        {
            throw From(exception, rename);
        }
    }

    /// <summary>A machine caller is told the accepted codes, unless the words already name every one of them.</summary>
    private static string ForApi((string Message, IReadOnlyList<string>? Accepted) error) =>
        error.Accepted is { Count: > 0 } accepted && !accepted.All(code => error.Message.Contains(code, StringComparison.Ordinal))
            ? $"{error.Message} Accepted: {string.Join(", ", accepted)}."
            : error.Message;
}
