using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Guide;

public enum GuideResultKind
{
    Article,
    Question,
}

public sealed record GuideSearchResult(string Title, string Url, GuideResultKind Kind, HtmlString TitleHtml, HtmlString SnippetHtml, int Score);

public sealed record GuideSearchResults(string Query, IReadOnlyList<GuideSearchResult> Results);

/// <summary>
/// Searches the guide's articles and each FAQ answer. A word in the title counts far more than one
/// in a heading, the summary or the text, so the article written about a topic comes first; the
/// snippet is the passage holding the most of the words, with the words marked.
/// </summary>
public sealed class SearchGuide
{
    private const int MaxResults = 30;
    private const int SnippetLength = 240;

    private const int TitleWeight = 40;
    private const int HeadingWeight = 10;
    private const int SummaryWeight = 6;
    private const int MaxTextHitsPerWord = 10;
    private const int AllWordsBonus = 20;
    private const int TitlePhraseBonus = 30;
    // An article is the fuller answer; a FAQ answer on the same topic is its short version.
    private const int ArticleBonus = 3;

    private readonly IReadOnlyList<Searchable> _documents;

    public SearchGuide(GuideCatalogue catalogue)
    {
        var articles = catalogue.Articles.Select(article => new Searchable(
            article.Title,
            article.Url,
            GuideResultKind.Article,
            article.Summary,
            article.Headed.Select(s => s.Heading!).ToArray(),
            article.Sections.SelectMany(s => s.Passages).ToArray()));
        var questions = catalogue.Faq.Headed.Select(entry => new Searchable(
            entry.Heading!,
            $"{catalogue.Faq.Url}#{entry.Id}",
            GuideResultKind.Question,
            null,
            [],
            entry.Passages));
        _documents = articles.Concat(questions).ToArray();
    }

    public GuideSearchResults Search(string? query)
    {
        var trimmed = (query ?? string.Empty).Trim();
        trimmed = trimmed.Length > SearchTerms.MaxQueryLength ? trimmed[..SearchTerms.MaxQueryLength] : trimmed;
        var terms = SearchTerms.From(trimmed);
        if (terms is null)
        {
            return new GuideSearchResults(trimmed, []);
        }

        var results = _documents
            .Select(document => (document, score: Score(document, terms)))
            .Where(scored => scored.score > 0)
            .OrderByDescending(scored => scored.score)
            .ThenBy(scored => scored.document.Kind)
            .ThenBy(scored => scored.document.Title, StringComparer.Ordinal)
            .Take(MaxResults)
            .Select(scored => new GuideSearchResult(
                scored.document.Title,
                scored.document.Url,
                scored.document.Kind,
                Highlighter.Highlight(scored.document.Title, terms.Any),
                Highlighter.Highlight(Snippet(scored.document, terms), terms.Any),
                scored.score))
            .ToArray();
        return new GuideSearchResults(trimmed, results);
    }

    private static int Score(Searchable document, SearchTerms terms)
    {
        var score = 0;
        var wordsFound = 0;
        foreach (var word in terms.Each)
        {
            var found = false;
            if (word.IsMatch(document.Title))
            {
                score += TitleWeight;
                found = true;
            }

            if (document.Headings.Any(word.IsMatch))
            {
                score += HeadingWeight;
                found = true;
            }

            if (document.Summary is not null && word.IsMatch(document.Summary))
            {
                score += SummaryWeight;
                found = true;
            }

            var hits = document.Passages.Sum(p => word.Count(p));
            if (hits > 0)
            {
                score += Math.Min(hits, MaxTextHitsPerWord);
                found = true;
            }

            wordsFound += found ? 1 : 0;
        }

        if (wordsFound == 0)
        {
            return 0;
        }

        if (terms.Each.Count > 1 && wordsFound == terms.Each.Count)
        {
            score += AllWordsBonus;
        }

        if (terms.Phrase?.IsMatch(document.Title) == true)
        {
            score += TitlePhraseBonus;
        }

        return score + (document.Kind == GuideResultKind.Article ? ArticleBonus : 0);
    }

    /// <summary>
    /// The passage with the most different words, then the most matches, then the most to read; cut to
    /// a window around the first match. The summary and headings are candidates too, after the text.
    /// </summary>
    private static string Snippet(Searchable document, SearchTerms terms)
    {
        var candidates = document.Passages
            .Concat(document.Summary is null ? [] : [document.Summary])
            .Concat(document.Headings);
        var best = candidates
            .Select(text => (text, distinct: terms.Each.Count(word => word.IsMatch(text)), hits: terms.Any.Count(text)))
            .Where(p => p.hits > 0)
            .OrderByDescending(p => p.distinct)
            .ThenByDescending(p => p.hits)
            .ThenByDescending(p => Math.Min(p.text.Length, SnippetLength)) // a full sentence reads better than a list fragment
            .Select(p => p.text)
            .FirstOrDefault();
        if (best is null)
        {
            return document.Summary ?? (document.Passages.Count > 0 ? document.Passages[0] : string.Empty);
        }

        if (best.Length <= SnippetLength)
        {
            return best;
        }

        var first = terms.Any.Match(best).Index;
        var start = Math.Max(0, first - (SnippetLength / 3));
        start = start == 0 ? 0 : NextWordStart(best, start);
        var end = Math.Min(best.Length, start + SnippetLength);
        end = end == best.Length ? end : PreviousWordEnd(best, end);
        return (start > 0 ? "… " : string.Empty) + best[start..end] + (end < best.Length ? " …" : string.Empty);
    }

    private static int NextWordStart(string text, int index)
    {
        var space = text.IndexOf(' ', index);
        return space < 0 ? index : space + 1;
    }

    private static int PreviousWordEnd(string text, int index)
    {
        var space = text.LastIndexOf(' ', index);
        return space <= 0 ? index : space;
    }

    private sealed record Searchable(string Title, string Url, GuideResultKind Kind, string? Summary, IReadOnlyList<string> Headings, IReadOnlyList<string> Passages);
}
