using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Guide;

/// <summary>
/// One "## heading" of a guide file and what follows it up to the next one. The text before the
/// first heading is a section with no id. <see cref="Passages"/> are the plain-text blocks
/// (paragraphs, list items, sub-headings) that search matches and quotes from.
/// </summary>
[SharedWithOtherFeatures]
public sealed record GuideSection(string? Id, string? Heading, HtmlString BodyHtml, IReadOnlyList<string> Passages);
