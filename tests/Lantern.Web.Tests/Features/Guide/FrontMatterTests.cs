using Lantern.Web.Tests.Infrastructure;
using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Web.Features.Guide;
using Markdig.Extensions.Yaml;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>Each guide file's front matter is complete and points at things that exist.</summary>
[NeedsNoDatabase]
public sealed partial class FrontMatterTests
{
    private static readonly string[] Audiences = ["patient", "caregiver", "therapist"];

    private static GuideFrontMatter FrontMatterOf(string slug)
    {
        var document = Markdig.Markdown.Parse(GuideContent.File(slug).Text, GuideMarkdown.Pipeline);
        var block = document.OfType<YamlFrontMatterBlock>().SingleOrDefault();
        Assert.True(block is not null, $"{slug}.md has no front matter.");
        return GuideFrontMatter.Parse(slug + ".md", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
    }

    [Theory]
    [MemberData(nameof(GuideContent.Slugs), MemberType = typeof(GuideContent))]
    public void FrontMatter_EveryFile_IsCompleteAndValid(string slug)
    {
        var front = FrontMatterOf(slug);
        var slugs = GuideContent.Files.Select(f => f.Slug).ToHashSet();

        Assert.False(string.IsNullOrWhiteSpace(front.Title));
        Assert.False(string.IsNullOrWhiteSpace(front.Summary));
        Assert.NotEmpty(front.Audiences);
        Assert.All(front.Audiences, audience => Assert.Contains(audience, Audiences));
        Assert.NotEmpty(front.Related);
        Assert.All(front.Related, related => Assert.True(slugs.Contains(related) && related != slug, $"{slug}.md relates to \"{related}\", which is not another guide file."));
        Assert.NotEmpty(front.Sources);
        Assert.All(front.Sources, source => Assert.True(source.Length > 20, $"{slug}.md has a source too short to find: \"{source}\""));
        Assert.True(DateOnly.TryParseExact(front.LastReviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"{slug}.md last_reviewed \"{front.LastReviewed}\" is not a date.");
    }

    /// <summary>
    /// Readers see each source as written, so it must say in plain words how far we checked it, and carry none of
    /// the reference file's keys (its name, section signs, status words in capitals). Those stay for engineers in a
    /// "# clinical.md ..." comment line above the source, which the front-matter reader skips.
    /// </summary>
    [Theory]
    [MemberData(nameof(GuideContent.Slugs), MemberType = typeof(GuideContent))]
    public void FrontMatter_EverySource_SaysItsStrengthInPlainWordsWithoutReferenceKeys(string slug)
    {
        var front = FrontMatterOf(slug);

        Assert.All(front.Sources, source =>
        {
            Assert.False(GuideContent.ReferenceKey().IsMatch(source), $"{slug}.md shows a reference key to readers: \"{source}\"");
            var strength = PlainStrengths.Select(s => source.LastIndexOf(". " + s, StringComparison.Ordinal)).Max();
            Assert.True(strength > 0 && !SentenceBreak().IsMatch(source[(strength + 2)..]),
                $"{slug}.md has a source that does not end by saying how far we checked it: \"{source}\"");
        });
    }

    /// <summary>How a source's strength is said, from strongest to weakest; each source ends with one of these.</summary>
    private static readonly string[] PlainStrengths =
    [
        "Checked against the published source",
        "Checked against the study's own summary",
        "Checked against part of the published abstract",
        "Checked against a copy",
        "Checked against copies",
        "Checked against the 2007 printed edition",
        "Checked for what the book covers",
        "Checked that it exists",
        "Worked out by us",
        "Seen only in a secondary source",
    ];

    [Fact]
    public void Parse_CommentLinesInsideTheSourceList_AreSkipped()
    {
        var front = GuideFrontMatter.Parse("x.md",
            ["title: T", "summary: S", "audiences: [patient]", "related: []", "sources:", "  # clinical.md §1.4 (VERIFIED)", "  - \"A source. Checked against the published source.\"", "last_reviewed: 2026-11-26"]);

        Assert.Equal(["A source. Checked against the published source."], front.Sources);
    }

    [Fact]
    public void EmbeddedContent_ComparedWithContentFolder_HoldsEveryMarkdownFile()
    {
        var onDisk = Directory.GetFiles(GuideContent.SourceFolder(), "*.md").Select(Path.GetFileNameWithoutExtension).Order().ToArray();

        Assert.Equal(onDisk, GuideContent.Files.Select(f => f.Slug).Order().ToArray());
        Assert.Equal(21, onDisk.Length);
    }

    [Fact]
    public void Catalogue_ShippedContent_LoadsTwentyArticlesAndTheFaq()
    {
        Assert.Equal(20, GuideContent.Catalogue.Articles.Count);
        Assert.Equal(GuideCatalogue.FaqSlug, GuideContent.Catalogue.Faq.Slug);
        Assert.DoesNotContain(GuideContent.Catalogue.Articles, a => a.Slug == GuideCatalogue.FaqSlug);
    }

    [Fact]
    public void Parse_UnknownKey_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<GuideContentException>(() => GuideFrontMatter.Parse("x.md",
            ["title: T", "summary: S", "audiences: [patient]", "related: []", "sources:", "  - \"A source\"", "last_reviewd: 2026-01-01"]));

        Assert.Contains("last_reviewd", error.Message, StringComparison.Ordinal);
        Assert.Equal("x.md", error.File);
    }

    [Fact]
    public void Parse_QuotedValuesAndBothListStyles_ReadsEveryKey()
    {
        var front = GuideFrontMatter.Parse("x.md",
        [
            "title: \"A \\\"quoted\\\" title\"",
            "summary: What \"off-label\" means: plainly.",
            "audiences: [patient, caregiver]",
            "related: [a, b]",
            "sources:",
            "  - \"Smith J. A study. 2020;1:2-3.\"",
            "  - 'O''Brien K. Another.'",
            "last_reviewed: 2026-11-26",
        ]);

        Assert.Equal("A \"quoted\" title", front.Title);
        Assert.Equal("What \"off-label\" means: plainly.", front.Summary);
        Assert.Equal(["patient", "caregiver"], front.Audiences);
        Assert.Equal(["a", "b"], front.Related);
        Assert.Equal(["Smith J. A study. 2020;1:2-3.", "O'Brien K. Another."], front.Sources);
        Assert.Equal("2026-11-26", front.LastReviewed);
    }

    [Fact]
    public void Load_RelatedSlugThatDoesNotExist_StopsStartUp()
    {
        const string broken = "---\ntitle: T\nsummary: S\naudiences: [patient]\nrelated: [nowhere]\nsources:\n  - \"A real source, 2020.\"\nlast_reviewed: 2026-11-26\n---\n\n## Body\n\nText.\n";
        var files = GuideContent.Files.Append(new GuideContentFile("broken", broken)).ToArray();

        var error = Assert.Throws<GuideContentException>(() => GuideCatalogue.Load(files));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audiences: [patients]", "unknown audience")]
    [InlineData("last_reviewed: 26/11/2026", "not a yyyy-MM-dd date")]
    public void Load_InvalidFrontMatterValue_StopsStartUp(string badLine, string expected)
    {
        var lines = new List<string> { "title: T", "summary: S", "audiences: [patient]", "related: []", "sources:", "  - \"A real source, 2020.\"", "last_reviewed: 2026-11-26" };
        lines[lines.FindIndex(l => l.StartsWith(badLine.Split(':')[0], StringComparison.Ordinal))] = badLine;
        var text = "---\n" + string.Join('\n', lines) + "\n---\n\nText.\n";
        var files = GuideContent.Files.Append(new GuideContentFile("bad", text)).ToArray();

        var error = Assert.Throws<GuideContentException>(() => GuideCatalogue.Load(files));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\.\s+\S")]
    private static partial Regex SentenceBreak();
}
