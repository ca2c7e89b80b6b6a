namespace Lantern.Web.Platform.Input;

/// <summary>
/// The dates Lantern accepts anywhere, from a query string, a form or a JSON body (issue 12): wide enough for any
/// birth date, history or plan, and far enough from the calendar's ends that adding a year of days never overflows.
/// A date outside it gets a 400 naming the parameter. The README and docs/security/input.md state the window.
/// </summary>
public static class DateWindow
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static string Message => $"Use a date from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>True for a date type (or its nullable form) whose values this window bounds.</summary>
    public static bool IsDateType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(DateOnly) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset);
    }

    /// <summary>The calendar date of a date value; null for anything else (or null).</summary>
    public static DateOnly? DateOf(object? value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset instant => DateOnly.FromDateTime(instant.DateTime),
        _ => null,
    };
}
