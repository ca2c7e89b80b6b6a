using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Features.Guide;

/// <summary>
/// Turns guide Markdown into HTML that is safe to put on a page as it is. Raw HTML is disabled, so
/// a &lt;script&gt; in Markdown comes out as text; extensions that could add attributes or embeds are
/// removed; links with a scheme other than http(s), mailto or tel lose their link.
/// </summary>
public static partial class GuideMarkdown
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static MarkdownPipeline Pipeline { get; } = BuildPipeline();

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .UseYamlFrontMatter()
            .DisableHtml();
        // Generic attributes let Markdown write any attribute ({onclick=...}, {style=...}) onto an element.
        builder.Extensions.TryRemove<GenericAttributesExtension>();
        // Media links turn video URLs into iframes; the guide needs none and the CSP would block them.
        builder.Extensions.TryRemove<MediaLinkExtension>();
        // GitHub-style ids ("## Why slowly?" -> "why-slowly") give stable, readable anchors to link to.
        builder.Extensions.ReplaceOrAdd<AutoIdentifierExtension>(new AutoIdentifierExtension(AutoIdentifierOptions.GitHub));
        return builder.Build();
    }

    public static RenderedGuideFile Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        RemoveUnsafeLinks(document);

        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        var frontMatterLines = frontMatter is null
            ? []
            : frontMatter.Lines.Lines.Take(frontMatter.Lines.Count).Select(line => line.ToString()).ToArray();

        var sections = new List<GuideSection>();
        string? id = null;
        string? heading = null;
        var html = new StringBuilder();
        var passages = new List<string>();

        void Flush()
        {
            if (heading is not null || html.Length > 0)
            {
                sections.Add(new GuideSection(id, heading, new HtmlString(html.ToString()), passages.ToArray()));
            }

            html.Clear();
            passages.Clear();
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                    continue;
                case HeadingBlock { Level: <= 2 } top:
                    Flush();
                    id = top.GetAttributes().Id;
                    heading = ToPlainText(top);
                    continue;
                case ListBlock list:
                    passages.AddRange(list.Select(ToPlainText).Where(text => text.Length > 0));
                    break;
                default:
                    var text = ToPlainText(block);
                    if (text.Length > 0)
                    {
                        passages.Add(text);
                    }

                    break;
            }

            html.Append(ToHtml(block));
        }

        Flush();
        return new RenderedGuideFile(frontMatterLines, new HtmlString(ToHtml(document)), sections);
    }

    private static string ToHtml(MarkdownObject markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        return writer.ToString();
    }

    private static string ToPlainText(Block block)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(block);
        writer.Flush();
        return Whitespace().Replace(writer.ToString(), " ").Trim();
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)).ToArray())
        {
            // Keep the words, drop the link: move the link's children out in front of it.
            foreach (var child in link.ToArray())
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)).ToArray())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>Relative links, fragments, and http(s)/mailto/tel. Browsers ignore tabs and newlines inside a scheme, so we do too.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstPathChar = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstPathChar < 0 || colon < firstPathChar);
        return !hasScheme || SafeSchemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
