namespace Lantern.Web.Features.Sessions.Courses;

/// <summary>The rows of a form list (dates, checklist items) and the items a handler was sent from them.</summary>
public static class FormRows
{
    /// <summary>
    /// A handler numbers a list's items as sent (<c>checklist[2].text</c>), but the page also has rows that were left
    /// empty or removed: this renames each item's field to the page row it came from.
    /// </summary>
    public static Func<string, string> ItemToRow(string list, IReadOnlyList<int> rowOfItem)
    {
        var prefix = list + "[";
        return field =>
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            return field.StartsWith(prefix, StringComparison.Ordinal) && close > prefix.Length
                && int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var item)
                && item < rowOfItem.Count
                    ? $"{prefix}{rowOfItem[item]}{field[close..]}"
                    : field;
        };
    }
}
