using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>The guide over HTTP, without signing in: the index and its filter, articles, the FAQ, 404s and the home page.</summary>
public sealed partial class GuidePagesTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<string> GetPageAsync(string url) => PageForms.GetPageAsync(app.CreateClient(), url);

    private static string MainContent(string html) =>
        html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    [Theory]
    [InlineData("/guide")]
    [InlineData("/guide?audience=patient")]
    [InlineData("/guide?audience=caregiver")]
    [InlineData("/guide?audience=therapist")]
    [InlineData("/guide?audience=nobody")]
    [InlineData("/guide/faq")]
    [InlineData("/guide/search")]
    [InlineData("/guide/search?q=taper")]
    public async Task GuidePage_Anonymous_Returns200WithHelpLink(string url)
    {
        var html = await GetPageAsync(url);

        Assert.Contains("<a class=\"help-now\" href=\"/help\">Get help now</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/guide\" aria-current=\"page\">Guide</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryArticle_Anonymous_Returns200WithoutScriptsOrInlineStyles()
    {
        foreach (var article in GuideContent.Catalogue.Articles.Append(GuideContent.Catalogue.Faq))
        {
            var main = MainContent(await GetPageAsync(article.Url));

            Assert.Contains(HtmlEncoder.Default.Encode(article.Title), main, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?i)<script(?![^>]*\bsrc=)", main);
            Assert.DoesNotContain(" style=", main, StringComparison.OrdinalIgnoreCase);
            Assert.False(EventHandlerAttribute().IsMatch(main), $"{article.Url} has an on* attribute.");
        }
    }

    [Fact]
    public async Task EveryArticle_Anonymous_ShowsNoReferenceKeysOrStatusCodes()
    {
        // Engineers trace each source to the reference file; readers get plain words for how far it was checked.
        foreach (var article in GuideContent.Catalogue.Articles.Append(GuideContent.Catalogue.Faq))
        {
            var main = MainContent(await GetPageAsync(article.Url));

            Assert.False(GuideContent.ReferenceKey().IsMatch(main), $"{article.Url} shows \"{GuideContent.ReferenceKey().Match(main).Value}\" to readers.");
            Assert.Contains("Each source ends by saying how far we have checked it.", main, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryInternalLinkInTheGuide_LeadsToAPageThatExists()
    {
        // The guide links into the tools; a link to a tool that does not exist yet is a dead end for a reader.
        var client = app.CreateClient();
        var targets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var article in GuideContent.Catalogue.Articles.Append(GuideContent.Catalogue.Faq))
        {
            var main = MainContent(await GetPageAsync(article.Url));
            foreach (Match link in InternalLink().Matches(main))
            {
                targets.Add(WebUtility.HtmlDecode(link.Groups["path"].Value));
            }

            // A link to a place on the same page ("see below") must land on a heading that exists.
            foreach (Match anchor in SamePageLink().Matches(main))
            {
                Assert.True(main.Contains($"id=\"{anchor.Groups["id"].Value}\"", StringComparison.Ordinal),
                    $"{article.Url} links to #{anchor.Groups["id"].Value}, which is not on the page.");
            }
        }

        Assert.Contains("/taper", targets);
        foreach (var target in targets)
        {
            var response = await client.GetAsync(target, Ct);
            // Pages for signed-in people answer with a redirect to sign in; anything else must be a real page.
            var isSignInRedirect = response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase) == true;
            Assert.True(response.StatusCode == HttpStatusCode.OK || isSignInRedirect, $"{target} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/guide/no-such-article")]
    [InlineData("/guide/WHAT-KETAMINE-THERAPY-IS")]
    [InlineData("/guide/..%2Fappsettings")]
    public async Task Article_UnknownSlug_Returns404StatusPage(string url)
    {
        var response = await app.CreateClient().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_AudienceFilter_ListsOnlyArticlesForThatAudience()
    {
        var all = await GetPageAsync("/guide");
        var caregivers = await GetPageAsync("/guide?audience=caregiver");
        var therapists = await GetPageAsync("/guide?audience=therapist");

        // "For therapists" is written for therapists only; "For caregivers" for caregivers only.
        Assert.Contains("href=\"/guide/for-therapists\"", all, StringComparison.Ordinal);
        Assert.Contains("href=\"/guide/for-caregivers\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/guide/for-therapists\"", caregivers, StringComparison.Ordinal);
        Assert.Contains("href=\"/guide/for-caregivers\"", caregivers, StringComparison.Ordinal);
        Assert.Contains("href=\"/guide/for-therapists\"", therapists, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/guide/for-caregivers\"", therapists, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/guide?audience=caregiver\" aria-current=\"page\">Caregivers</a>", caregivers, StringComparison.Ordinal);
        Assert.Equal(GuideContent.Catalogue.Articles.Count, ArticleLinks().Count(MainContent(all)));
    }

    [Fact]
    public async Task Article_Page_ShowsContentsRelatedSourcesAndReviewDate()
    {
        var article = GuideContent.Catalogue.Find("what-ketamine-therapy-is")!;

        var main = MainContent(await GetPageAsync(article.Url));

        Assert.Contains("<h2 id=\"guide-toc-title\">On this page</h2>", main, StringComparison.Ordinal);
        foreach (var section in article.Headed)
        {
            var tocLink = main.IndexOf($"<a href=\"#{section.Id}\">", StringComparison.Ordinal);
            var heading = main.IndexOf($"<h2 id=\"{section.Id}\">", StringComparison.Ordinal);
            Assert.True(tocLink >= 0 && heading > tocLink, $"Contents entry or heading missing for #{section.Id}");
        }

        foreach (var related in GuideContent.Catalogue.Related(article))
        {
            Assert.Contains($"<li><a href=\"{related.Url}\">{HtmlEncoder.Default.Encode(related.Title)}</a></li>", main, StringComparison.Ordinal);
        }

        Assert.Contains("<h2 id=\"guide-sources-title\">Sources</h2>", main, StringComparison.Ordinal);
        Assert.Equal(article.Sources.Count, Regex.Count(main[main.IndexOf("guide-sources-title", StringComparison.Ordinal)..], "<li>"));
        Assert.Contains("Last reviewed <time datetime=\"2026-11-26\">26 November 2026</time>", main, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/guide/at-home-or-clinic\">at home or in a clinic</a>", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Faq_Page_ListsTopicsFirstThenEveryQuestionFoldedUnderItsTopicWithItsAnchor()
    {
        var main = MainContent(await GetPageAsync("/guide/faq"));
        var faq = GuideContent.Catalogue.Faq;

        Assert.True(faq.Headed.Count >= 19);
        var topicLinks = Regex.Matches(main, "<li><a href=\"#(topic-[a-z-]+)\">").Select(m => m.Groups[1].Value).ToArray();
        Assert.True(topicLinks.Length >= 4, "The topics are not listed at the top");
        Assert.DoesNotContain("topic-more", topicLinks);
        var lastTopic = 0;
        foreach (var topic in topicLinks)
        {
            var heading = main.IndexOf($"<h2 id=\"{topic}\">", StringComparison.Ordinal);
            Assert.True(heading > lastTopic, $"Topic {topic} has no heading, or is out of order");
            lastTopic = heading;
        }

        foreach (var entry in faq.Headed)
        {
            Assert.Matches($"<details class=\"faq-item\" id=\"{entry.Id}\"( open=\"open\")?>\\s*<summary>{Regex.Escape(HtmlEncoder.Default.Encode(entry.Heading!))}</summary>", main);
        }
    }

    [Fact]
    public async Task Home_SignedOut_LeadsWithTheGuide()
    {
        var main = MainContent(await GetPageAsync("/"));

        var guideSection = main.IndexOf("Start with the guide", StringComparison.Ordinal);
        Assert.True(guideSection > 0 && guideSection < main.IndexOf("Who Lantern is for", StringComparison.Ordinal));
        Assert.True(main.IndexOf("href=\"/guide\"", StringComparison.Ordinal) < main.IndexOf("href=\"/account/sign-up\"", StringComparison.Ordinal));
        Assert.All(GuideContent.Catalogue.StartHere, article => Assert.Contains($"<a href=\"{article.Url}\">", main, StringComparison.Ordinal));
        Assert.True(GuideContent.Catalogue.StartHere.Count >= 3);
    }

    [GeneratedRegex("href=\"(?<path>/[^\"#]*)")]
    private static partial Regex InternalLink();

    [GeneratedRegex("href=\"#(?<id>[^\"]+)\"")]
    private static partial Regex SamePageLink();

    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("<h3><a href=\"/guide/[a-z0-9-]+\">")]
    private static partial Regex ArticleLinks();
}
