using Lantern.Clinical.Validation;
using Lantern.Web.Platform.Http;

namespace Lantern.Web.Features.Journey;

/// <summary>Collects field errors in the API's spelling (<c>mood</c>, <c>answers[3]</c>) and throws them together.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public void AddRange(IEnumerable<InputError> errors)
    {
        foreach (var error in errors)
        {
            Add(error.Field, error.Message);
        }
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Adds errors only for fields that have none yet, so two checks of one field don't say it twice.</summary>
    public void AddWhereNew(IEnumerable<InputError> errors)
    {
        foreach (var error in errors.Where(e => !Has(e.Field)).ToArray())
        {
            Add(error.Field, error.Message);
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }

    public ValidationFailedException ToException() =>
        new(_errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));

    /// <summary>The clinical library's own input errors, as the API reports them.</summary>
    public static ValidationFailedException From(ClinicalInputException exception)
    {
        var errors = new FieldErrors();
        errors.AddRange(exception.Errors);
        return errors.ToException();
    }
}
