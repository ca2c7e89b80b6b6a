using System.Text.RegularExpressions;

namespace Lantern.Web.Features.Guide;

/// <summary>
/// The words of a search, each matched at the start of a word ("taper" finds "tapering"), case-insensitively.
/// Built from escaped user input with a match timeout, so a query can never become a costly pattern.
/// </summary>
public sealed partial class SearchTerms
{
    public const int MaxQueryLength = 200;
    private const int MaxTerms = 8;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Words too common to tell articles apart; searching for them alone finds nothing.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "i", "if", "in", "is", "it", "me", "my", "of", "on", "or", "the", "to", "with",
    };

    private SearchTerms(IReadOnlyList<string> words)
    {
        Words = words;
        Each = words.Select(word => Build(Regex.Escape(word))).ToArray();
        Any = Build("(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")");
        Phrase = words.Count > 1 ? Build(string.Join(@"[^\p{L}\p{N}]+", words.Select(Regex.Escape))) : null;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>One pattern per word, for scoring.</summary>
    public IReadOnlyList<Regex> Each { get; }

    /// <summary>Any of the words, matching the whole word it starts, for highlighting.</summary>
    public Regex Any { get; }

    /// <summary>All the words in order, for a bonus when a title holds the whole phrase.</summary>
    public Regex? Phrase { get; }

    public static SearchTerms? From(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        var words = Word().Matches(query.Length > MaxQueryLength ? query[..MaxQueryLength] : query)
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => !StopWords.Contains(w))
            .Distinct()
            .Take(MaxTerms)
            .ToArray();
        return words.Length == 0 ? null : new SearchTerms(words);
    }

    private static Regex Build(string core) => new(
        @"(?<![\p{L}\p{N}])" + core + @"[\p{L}\p{N}']*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        MatchTimeout);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
