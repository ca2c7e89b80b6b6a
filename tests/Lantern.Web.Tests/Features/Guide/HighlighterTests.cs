using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Features.Guide;

namespace Lantern.Web.Tests.Features.Guide;

[NeedsNoDatabase]
public sealed class HighlighterTests
{
    private static string Highlight(string text, string query) => Highlighter.Highlight(text, SearchTerms.From(query)!.Any).Value!;

    [Fact]
    public void Highlight_MarkupInText_IsEncodedAndOnlyMarksAreMarkup()
    {
        var html = Highlight("Tom & Jerry <b>cost</b> \"a lot\"", "cost");

        Assert.Equal("Tom &amp; Jerry &lt;b&gt;<mark>cost</mark>&lt;/b&gt; &quot;a lot&quot;", html);
    }

    [Fact]
    public void Highlight_TermThatLooksLikeAnEntity_NeverMarksInsideTheEncoding()
    {
        var html = Highlight("Salt & pepper, and lt amp.", "amp lt");

        Assert.Equal("Salt &amp; pepper, and <mark>lt</mark> <mark>amp</mark>.", html);
    }

    [Fact]
    public void Highlight_WordStart_MarksWholeWordsCaseInsensitively()
    {
        var html = Highlight("Tapering slowly: a taper plan, not untapered.", "TAPER");

        Assert.Equal("<mark>Tapering</mark> slowly: a <mark>taper</mark> plan, not untapered.", html);
    }

    [Fact]
    public void Highlight_QueryWithRegexCharacters_IsTakenLiterally()
    {
        var html = Highlight("Cost (per session) is $200.", "(per .* session)");

        Assert.Equal("Cost (<mark>per</mark> <mark>session</mark>) is $200.", html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of")]
    [InlineData("?!.")]
    public void From_QueryWithNoSearchableWords_IsNull(string query) => Assert.Null(SearchTerms.From(query));
}
