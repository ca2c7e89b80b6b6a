using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Guide;

/// <summary>What <see cref="GuideMarkdown.Render"/> makes of one file: its raw front-matter lines, the page HTML and its sections.</summary>
public sealed record RenderedGuideFile(IReadOnlyList<string> FrontMatterLines, HtmlString Html, IReadOnlyList<GuideSection> Sections);
