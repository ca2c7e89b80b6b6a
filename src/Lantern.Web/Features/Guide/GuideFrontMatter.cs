namespace Lantern.Web.Features.Guide;

/// <summary>
/// The front matter of a guide file, as written. A deliberately small reader for the six keys the
/// guide uses (scalars, [flow, lists] and "- item" block lists) rather than a general YAML library:
/// an unknown or repeated key is an error, so a typo cannot silently drop a field.
/// </summary>
public sealed record GuideFrontMatter(
    string Title,
    string Summary,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Sources,
    string LastReviewed)
{
    private static readonly string[] ScalarKeys = ["title", "summary", "last_reviewed"];
    private static readonly string[] ListKeys = ["audiences", "related", "sources"];

    public static GuideFrontMatter Parse(string file, IEnumerable<string> lines)
    {
        var scalars = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? openList = null;

        foreach (var rawLine in lines)
        {
            var line = rawLine.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line == "---")
            {
                continue;
            }

            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (openList is null)
                {
                    throw new GuideContentException(file, $"a list item with no list key above it: \"{trimmed}\"");
                }

                openList.Add(Unquote(file, trimmed[1..].Trim()));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                throw new GuideContentException(file, $"cannot read front-matter line \"{line}\"");
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            openList = null;
            if (scalars.ContainsKey(key) || lists.ContainsKey(key))
            {
                throw new GuideContentException(file, $"key \"{key}\" appears twice");
            }

            if (ScalarKeys.Contains(key))
            {
                scalars[key] = Unquote(file, value);
            }
            else if (ListKeys.Contains(key))
            {
                var list = new List<string>();
                lists[key] = list;
                if (value.Length == 0)
                {
                    openList = list;
                }
                else if (value.StartsWith('[') && value.EndsWith(']'))
                {
                    list.AddRange(value[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                        .Select(item => Unquote(file, item)));
                }
                else
                {
                    throw new GuideContentException(file, $"\"{key}\" must be a list");
                }
            }
            else
            {
                throw new GuideContentException(file, $"unknown front-matter key \"{key}\"");
            }
        }

        string Scalar(string key) => scalars.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new GuideContentException(file, $"front matter needs \"{key}\"");
        IReadOnlyList<string> List(string key) => lists.TryGetValue(key, out var value)
            ? value
            : throw new GuideContentException(file, $"front matter needs \"{key}\"");

        return new GuideFrontMatter(Scalar("title"), Scalar("summary"), List("audiences"), List("related"), List("sources"), Scalar("last_reviewed"));
    }

    private static string Unquote(string file, string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (value.StartsWith('"') || value.StartsWith('\''))
        {
            throw new GuideContentException(file, $"unclosed quote in {value}");
        }

        return value;
    }
}
