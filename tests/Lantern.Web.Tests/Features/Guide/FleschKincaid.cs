using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>One reading of a text: the counts and the grade they give.</summary>
public sealed record ReadabilityScore(int Sentences, int Words, int Syllables, double Grade);

/// <summary>
/// Flesch-Kincaid grade exactly as tools/readability.py computes it, so the writers' tool and this
/// test always agree. Words are ASCII runs on purpose: the Python tool counts them that way.
/// "Each list item is its own sentence" can be read two ways, so, like the tool, we score both
/// (an item may hold several sentences, or an item is one sentence) and judge by the higher grade.
/// </summary>
public static partial class FleschKincaid
{
    public static double StrictGrade(string markdown)
    {
        var body = StripFrontMatter(markdown);
        return Math.Max(Score(body, listItemIsOneSentence: false).Grade, Score(body, listItemIsOneSentence: true).Grade);
    }

    public static string StripFrontMatter(string text)
    {
        var lines = SplitLines(text);
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "---")
                {
                    return string.Join('\n', lines[(i + 1)..]);
                }
            }
        }

        return text;
    }

    public static ReadabilityScore Score(string body, bool listItemIsOneSentence)
    {
        var sentences = Sentences(body, listItemIsOneSentence);
        var words = sentences.SelectMany(WordsIn).ToArray();
        var syllables = words.Sum(Syllables);
        if (words.Length == 0 || sentences.Count == 0)
        {
            return new ReadabilityScore(sentences.Count, words.Length, syllables, 0);
        }

        var grade = (0.39 * words.Length / sentences.Count) + (11.8 * syllables / words.Length) - 15.59;
        return new ReadabilityScore(sentences.Count, words.Length, syllables, grade);
    }

    public static int Syllables(string word)
    {
        var lower = word.ToLowerInvariant();
        var groups = VowelGroup().Count(lower);
        if (lower.EndsWith('e') && !lower.EndsWith("le", StringComparison.Ordinal) && groups > 1)
        {
            groups--;
        }

        return Math.Max(groups, 1);
    }

    public static IReadOnlyList<string> WordsIn(string text) => Word().Matches(text).Select(m => m.Value).ToArray();

    public static IReadOnlyList<string> Sentences(string body, bool listItemIsOneSentence)
    {
        var sentences = new List<string>();
        var paragraph = new List<string>();
        List<string>? item = null;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                sentences.AddRange(SplitSentences(string.Join(' ', paragraph)));
                paragraph.Clear();
            }
        }

        void FlushItem()
        {
            if (item is null)
            {
                return;
            }

            var text = string.Join(' ', item);
            if (!listItemIsOneSentence)
            {
                sentences.AddRange(SplitSentences(text));
            }
            else if (WordsIn(text).Count > 0)
            {
                sentences.Add(text);
            }

            item = null;
        }

        foreach (var raw in SplitLines(body))
        {
            var line = Quote().Replace(raw, string.Empty, 1);
            if (line.Trim().Length == 0)
            {
                FlushParagraph();
                FlushItem();
                continue;
            }

            if (Heading().IsMatch(line))
            {
                FlushParagraph();
                FlushItem();
                var text = CleanInline(Heading().Replace(line, string.Empty, 1));
                if (WordsIn(text).Count > 0)
                {
                    sentences.Add(text);
                }

                continue;
            }

            if (ListMarker().IsMatch(line))
            {
                FlushParagraph();
                FlushItem();
                item = [CleanInline(ListMarker().Replace(line, string.Empty, 1))];
                continue;
            }

            if (item is not null && (raw.StartsWith(' ') || raw.StartsWith('\t')))
            {
                item.Add(CleanInline(line.Trim()));
                continue;
            }

            FlushItem();
            paragraph.Add(CleanInline(line.Trim()));
        }

        FlushParagraph();
        FlushItem();
        return sentences;
    }

    private static IEnumerable<string> SplitSentences(string text) => SentenceEnd().Split(text).Where(part => WordsIn(part).Count > 0);

    private static string CleanInline(string line) => Emphasis().Replace(Link().Replace(line, "$1"), string.Empty);

    private static string[] SplitLines(string text) => text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None) is var lines
        && lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;

    [GeneratedRegex("[A-Za-z0-9']+(?:-[A-Za-z0-9']+)*")]
    private static partial Regex Word();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex Quote();

    [GeneratedRegex("[*_`]")]
    private static partial Regex Emphasis();

    [GeneratedRegex("[.!?]+")]
    private static partial Regex SentenceEnd();
}
