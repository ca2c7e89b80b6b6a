using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Guide;

/// <summary>A guide article (or the FAQ), parsed and rendered once at start-up.</summary>
[SharedWithOtherFeatures]
public sealed record GuideArticle(
    string Slug,
    string Title,
    string Summary,
    IReadOnlyList<GuideAudience> Audiences,
    IReadOnlyList<string> RelatedSlugs,
    IReadOnlyList<string> Sources,
    DateOnly LastReviewed,
    HtmlString Html,
    IReadOnlyList<GuideSection> Sections)
{
    public string Url => "/guide/" + Slug;

    /// <summary>The "## headings", in order: the table of contents, and the FAQ's questions.</summary>
    public IReadOnlyList<GuideSection> Headed => Sections.Where(s => s.Id is not null).ToArray();

    public bool IsFor(GuideAudience audience) => Audiences.Contains(audience);
}
