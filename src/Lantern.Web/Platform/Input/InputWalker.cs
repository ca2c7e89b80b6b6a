using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lantern.Web.Platform.Input;

/// <summary>
/// Walks a bound request value (a JSON body, an [AsParameters] object, a query or route value) and reports every
/// text that breaks <see cref="TextInput"/> and every date outside <see cref="DateWindow"/>, named as the API spells
/// it (<c>note</c>, <c>answers[2].notes</c>, <c>from</c>). Only Lantern's own request types are walked into.
/// </summary>
public static class InputWalker
{
    private const int MaxDepth = 8;

    private sealed record Member(string Name, Func<object, object?> Get, bool MultiLine);

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public static void Check(object? value, string name, bool multiLine, IDictionary<string, List<string>> errors) =>
        Walk(value, name, multiLine, errors, 0);

    /// <summary>True when values of this type can hold text or dates worth walking.</summary>
    public static bool IsWalkable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying == typeof(string) || DateWindow.IsDateType(underlying) || IsRequestType(underlying)
            || (underlying != typeof(string) && typeof(IEnumerable).IsAssignableFrom(underlying));
    }

    /// <summary>The API's spelling of a member name: its [JsonPropertyName], else camelCase.</summary>
    public static string ApiName(MemberInfo member) =>
        member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(member.Name);

    private static void Walk(object? value, string name, bool multiLine, IDictionary<string, List<string>> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (TextInput.Problem(text, multiLine) is { } problem)
                {
                    Add(errors, name, problem);
                }

                return;
            case DateOnly or DateTime or DateTimeOffset:
                if (DateWindow.DateOf(value) is { } date && !DateWindow.Contains(date))
                {
                    Add(errors, name, DateWindow.Message);
                }

                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = entry.Key.ToString() ?? string.Empty;
                Walk(key, $"{name}[{key}]", multiLine: false, errors, depth + 1);
                Walk(entry.Value, $"{name}[{key}]", multiLine, errors, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{name}[{index++}]", multiLine, errors, depth + 1);
            }

            return;
        }

        if (!IsRequestType(value.GetType()))
        {
            return;
        }

        foreach (var member in Members.GetOrAdd(value.GetType(), MembersOf))
        {
            Walk(member.Get(value), name.Length == 0 ? member.Name : $"{name}.{member.Name}", member.MultiLine, errors, depth + 1);
        }
    }

    /// <summary>One of Lantern's own classes or records, whose properties are walked.</summary>
    public static bool IsRequestType(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Lantern.", StringComparison.Ordinal) == true;

    private static Member[] MembersOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            // Settable properties only: what a request can carry, not what a record computes from it.
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && IsWalkable(p.PropertyType)
                && !p.IsDefined(typeof(JsonIgnoreAttribute)))
            .Select(p => new Member(ApiName(p), p.GetValue, TextInput.IsMultiLine(p)))
            .ToArray();

    private static void Add(IDictionary<string, List<string>> errors, string name, string message)
    {
        if (!errors.TryGetValue(name, out var list))
        {
            errors[name] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }
}
