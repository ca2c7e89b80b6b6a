using System.Net;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>Guide search through HTTP: ranking, highlighted snippets, FAQ answers, and hostile queries.</summary>
public sealed partial class GuideSearchTests(SharedApp app)
{
    private sealed record Result(string Url, string Title, string TitleHtml, string SnippetHtml);

    private async Task<(string Html, IReadOnlyList<Result> Results)> SearchAsync(string query)
    {
        var response = await app.CreateClient().GetAsync("/guide/search?q=" + Uri.EscapeDataString(query), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var results = ResultItem().Matches(html)
            .Select(m => new Result(m.Groups["url"].Value, WebUtility.HtmlDecode(Tags().Replace(m.Groups["title"].Value, string.Empty)), m.Groups["title"].Value, m.Groups["snippet"].Value))
            .ToArray();
        return (html, results);
    }

    // Several of these words appear more often in other articles' text than in the article named for
    // them ("caregivers", "therapists", "warning", "prepare", "questions", "law"), so only the title
    // weight puts the right article first.
    [Theory]
    [InlineData("caregivers", "For caregivers")]
    [InlineData("therapists", "For therapists")]
    [InlineData("warning", "Warning signs")]
    [InlineData("prepare", "How to prepare for a session")]
    [InlineData("questions", "Questions to ask a provider")]
    [InlineData("cost", "What ketamine therapy costs")]
    [InlineData("warning signs", "Warning signs")]
    [InlineData("integration circles", "Integration circles")]
    [InlineData("benzodiazepines", "Stopping benzodiazepines before ketamine")]
    [InlineData("law", "Ketamine and the law")]
    [InlineData("clinical trials", "Psychedelic clinical trials")]
    [InlineData("chronic pain", "Ketamine for chronic pain and the risks of long-term opioids")]
    [InlineData("memory", "Ketamine and memory")]
    [InlineData("supplements", "Supplements, herbs and ketamine")]
    public async Task Search_TermAnArticleIsTitledFor_RanksThatArticleFirst(string query, string expectedTitle)
    {
        var (_, results) = await SearchAsync(query);

        Assert.True(results.Count > 1, $"Expected several results for \"{query}\" so the ranking means something.");
        Assert.Equal(expectedTitle, results[0].Title);
    }

    [Fact]
    public async Task Search_WordOnlyInText_StillFindsItWithMarkedSnippet()
    {
        var (_, results) = await SearchAsync("hyperalgesia");

        var first = Assert.Single(results, r => r.Url == "/guide/ketamine-for-chronic-pain");
        Assert.Matches(new Regex("<mark>hyperalgesia</mark>", RegexOptions.IgnoreCase), first.SnippetHtml);
    }

    [Fact]
    public async Task Search_Results_MarkEveryMatchedWordInTitleAndSnippet()
    {
        var (_, results) = await SearchAsync("warning signs");

        Assert.Equal("<mark>Warning</mark> <mark>signs</mark>", results[0].TitleHtml);
        Assert.Matches(new Regex("<mark>(warning|signs?)</mark>", RegexOptions.IgnoreCase), results[0].SnippetHtml);
        Assert.All(results, r => Assert.Contains("<mark>", r.SnippetHtml + r.TitleHtml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FaqAnswer_LinksToItsQuestionAnchor()
    {
        var (_, results) = await SearchAsync("faith");

        Assert.Contains(results, r => r.Url == "/guide/faq#does-ketamine-conflict-with-my-faith");
    }

    [Fact]
    public async Task Search_QueryWithMarkup_IsEncodedEverywhere()
    {
        var (html, results) = await SearchAsync("<script>alert(1)</script> cost");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; cost", html, StringComparison.Ordinal);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.DoesNotMatch("<(?!/?mark>)", r.SnippetHtml + r.TitleHtml));
    }

    [Fact]
    public async Task Search_NoMatchingWords_SaysSoAndOffersTheIndex()
    {
        var (html, results) = await SearchAsync("zzyzx");

        Assert.Empty(results);
        Assert.Contains("No results for “zzyzx”", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_VeryLongQuery_AnswersNormally()
    {
        var (html, results) = await SearchAsync(string.Concat(Enumerable.Repeat("taper (.*)+ ", 500)));

        Assert.NotEmpty(results);
        Assert.DoesNotContain(string.Concat(Enumerable.Repeat("taper (.*)+ ", 20)), html, StringComparison.Ordinal); // echoed only up to the length searched
    }

    [GeneratedRegex("<li>\\s*<h3><a href=\"(?<url>[^\"]+)\">(?<title>.*?)</a></h3>\\s*<p class=\"guide-kind\">[^<]*</p>\\s*<p>(?<snippet>.*?)</p>\\s*</li>", RegexOptions.Singleline)]
    private static partial Regex ResultItem();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
