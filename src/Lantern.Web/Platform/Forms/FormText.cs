namespace Lantern.Web.Platform.Forms;

/// <summary>
/// Reads what people type into forms. Fields are bound as text so a form can show back exactly what was typed when
/// something is wrong; a value that cannot be read adds a message to <see cref="FieldErrors"/> under the API's field
/// name and reads as null. Numbers accept a decimal point or a decimal comma; dates are <c>yyyy-MM-dd</c>, as a date
/// input sends them.
/// </summary>
public static class FormText
{
    /// <summary>A number, or null when blank or unreadable (then with a message).</summary>
    public static decimal? Number(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, "Give a number, for example 12.5.");
        return null;
    }

    /// <summary>A whole number, or null when blank or unreadable (then with a message).</summary>
    public static int? WholeNumber(string? raw, string field, FieldErrors errors)
    {
        var value = Number(raw, field, errors);
        if (value is null)
        {
            return null;
        }

        if (value != Math.Floor(value.Value) || value is > int.MaxValue or < int.MinValue)
        {
            errors.Add(field, "Give a whole number.");
            return null;
        }

        return (int)value.Value;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c>, or null when blank or unreadable (then with a message).</summary>
    public static DateOnly? Date(string? raw, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (LocalTime.TryParseIso(raw, out var date))
        {
            return date;
        }

        errors.Add(field, "Give the date as year-month-day, for example 2026-12-01.");
        return null;
    }

    /// <summary>A stored number as a form shows it: no trailing zeros, a decimal point.</summary>
    public static string Of(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A stored whole number as a form shows it.</summary>
    public static string Of(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A stored date as a date input shows it.</summary>
    public static string Of(DateOnly? value) => value is { } date ? LocalTime.Iso(date) : string.Empty;
}
