using Lantern.Web.Tests.Infrastructure;
using System.Text.RegularExpressions;
using Lantern.Web.Features.Guide;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>Issue 8: no HTML written in guide Markdown reaches the page as markup.</summary>
[NeedsNoDatabase]
public sealed class SanitisationTests
{
    private const string Hostile = """
        ---
        title: T
        ---

        ## Heading

        Before <script>alert('inline')</script> after.

        <script>alert('block')</script>

        <img src="x" onerror="alert('img')">

        <div onclick="alert('div')">A block of raw HTML.</div>

        A [bad link](javascript:alert('link')) and a [tabbed one](java	script:alert(1)) and <javascript:alert('auto')>.

        ![picture](javascript:alert('image'))

        A [reference link][evil] too.

        [evil]: javascript:alert('reference')

        A paragraph with attributes {onclick="alert('attr')" style="color:red"}

        ## Heading with attributes {onmouseover="alert('h')"}

        A [good link](/guide/cost), a [site](https://example.org/page) and [mail](mailto:help@example.org).
        """;

    private static string Render() => GuideMarkdown.Render(Hostile).Html.Value!;

    [Fact]
    public void Render_ScriptTagsInMarkdown_NeverReachTheHtml()
    {
        var html = Render();

        Assert.DoesNotMatch(@"(?i)<script(?![^>]*\bsrc=)", html);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal); // shown as text, so nothing silently vanishes
    }

    [Fact]
    public void Render_ImageWithOnError_IsNotAnElement()
    {
        var html = Render();

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_AttributeBlocks_AddNoEventHandlersOrStyles()
    {
        var html = Render();

        // The words may show as text; what must never happen is an attribute inside a tag.
        var tags = Regex.Matches(html, "<[^>]+>").Select(m => m.Value).ToArray();
        Assert.DoesNotContain(tags, tag => Regex.IsMatch(tag, @"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase));
        Assert.Contains("<h2 id=\"heading\">Heading</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ScriptUrls_LoseTheirLinkButKeepTheirWords()
    {
        var html = Render();

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"java", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("bad link", html, StringComparison.Ordinal);
        Assert.Contains("tabbed one", html, StringComparison.Ordinal);
        Assert.Contains("reference link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SafeLinks_StayAsWritten()
    {
        var html = Render();

        Assert.Contains("<a href=\"/guide/cost\">good link</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/page\">site</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:help@example.org\">mail</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide/cost", true)]
    [InlineData("#why-slowly", true)]
    [InlineData("relative/page", true)]
    [InlineData("https://example.org", true)]
    [InlineData("tel:988", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:x", false)]
    public void IsSafeUrl_Scheme_AllowsOnlyWebMailAndPhone(string url, bool safe) =>
        Assert.Equal(safe, GuideMarkdown.IsSafeUrl(url));
}
