namespace Lantern.Clinical.Validation;

/// <summary>Small helpers every calculator uses so that field names and messages read the same everywhere.</summary>
internal static class InputErrors
{
    /// <summary>Throws when <paramref name="errors"/> is not empty; otherwise does nothing.</summary>
    public static void ThrowIfAny(List<InputError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ClinicalInputException(errors);
        }
    }

    /// <summary>
    /// Checks a list of whole-number answers: present, the right length, each within [min, max].
    /// Field names use zero-based JSON indices (<c>answers[0]</c> is item 1); messages name the item number.
    /// </summary>
    public static List<InputError> CheckAnswers(IReadOnlyList<int>? answers, int expectedCount, int min, int max, string field)
    {
        var errors = new List<InputError>();
        if (answers is null)
        {
            errors.Add(new InputError(field, $"Give {expectedCount} answers."));
            return errors;
        }

        if (answers.Count != expectedCount)
        {
            errors.Add(new InputError(field, $"Give exactly {expectedCount} answers; {answers.Count} were given."));
            return errors;
        }

        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] < min || answers[i] > max)
            {
                errors.Add(new InputError($"{field}[{i}]", $"Item {i + 1} must be a whole number from {min} to {max}."));
            }
        }

        return errors;
    }

    /// <summary>Normalises a free-text name for lookup: trimmed, lower case, inner spaces and underscores as hyphens.</summary>
    public static string NormaliseName(string? name) =>
        string.Join('-', (name ?? string.Empty).Trim().ToLowerInvariant()
            .Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries));
}
