using System.Reflection;
using System.Text;

namespace Lantern.Web.Platform.Input;

/// <summary>
/// The one rule for text people send Lantern (issue 12): control characters (NUL, ESC and the like) and broken
/// surrogate halves never reach the database, where PostgreSQL refuses a NUL outright and the others turn up later in
/// exports, calendars and e-mails. Tabs and line breaks are kept in fields marked <see cref="MultiLineAttribute"/>; a
/// one-line field has none. The API refuses such text with a 400 naming the field (<see cref="ApiInputFilter"/>);
/// forms, which a browser fills, get it cleaned (<see cref="FormInputBinderProvider"/>).
/// </summary>
public static class TextInput
{
    public const string ControlCharactersMessage =
        "This text has characters that can't be stored, such as invisible control characters. Remove them and try again.";

    public const string LineBreaksMessage = "This field takes one line: remove the line breaks and tabs.";

    /// <summary>Why the text can't be accepted as it is, or null when it can.</summary>
    public static string? Problem(string text, bool multiLine)
    {
        var lineBreaks = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (Classify(text, i))
            {
                case Kind.Refused:
                    return ControlCharactersMessage;
                case Kind.Whitespace:
                    lineBreaks = true;
                    break;
                case Kind.Pair:
                    i++;
                    break;
            }
        }

        return lineBreaks && !multiLine ? LineBreaksMessage : null;
    }

    /// <summary>
    /// The text with refused characters removed; in a one-line field tabs and line breaks become one space each
    /// (a Windows line break counts as one).
    /// </summary>
    public static string Clean(string text, bool multiLine)
    {
        if (Problem(text, multiLine) is null)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            switch (Classify(text, i))
            {
                case Kind.Text:
                    clean.Append(text[i]);
                    break;
                case Kind.Pair:
                    clean.Append(text, i, 2);
                    i++;
                    break;
                case Kind.Whitespace when multiLine:
                    clean.Append(text[i]);
                    break;
                case Kind.Whitespace when !(text[i] == '\n' && i > 0 && text[i - 1] == '\r'):
                    clean.Append(' ');
                    break;
            }
        }

        return clean.ToString();
    }

    /// <summary>Whether a property (or the record parameter it comes from) is marked <see cref="MultiLineAttribute"/>.</summary>
    public static bool IsMultiLine(PropertyInfo property) =>
        property.IsDefined(typeof(MultiLineAttribute), inherit: true)
        || (property.DeclaringType?.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Any(p => p.Name == property.Name && p.IsDefined(typeof(MultiLineAttribute), inherit: true)) ?? false);

    private enum Kind
    {
        Text,
        Pair,
        Whitespace,
        Refused,
    }

    private static Kind Classify(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\r' or '\n')
        {
            return Kind.Whitespace;
        }

        if (char.IsControl(c) || char.IsLowSurrogate(c))
        {
            return Kind.Refused;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? Kind.Pair : Kind.Refused;
        }

        return Kind.Text;
    }
}
