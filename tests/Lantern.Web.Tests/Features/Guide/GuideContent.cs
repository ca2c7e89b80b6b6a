using System.Text.RegularExpressions;
using Lantern.Web.Features.Guide;

namespace Lantern.Web.Tests.Features.Guide;

/// <summary>The shipped guide files and their catalogue, built once for the content tests.</summary>
public static partial class GuideContent
{
    public static IReadOnlyList<GuideContentFile> Files { get; } = GuideContentFiles.ReadAll();

    public static GuideCatalogue Catalogue { get; } = GuideCatalogue.Load(Files);

    public static TheoryData<string> Slugs => new(Files.Select(f => f.Slug));

    public static GuideContentFile File(string slug) => Files.Single(f => f.Slug == slug);

    /// <summary>Everything a reader can read in an article: title, summary, headings and text.</summary>
    public static string ReadableText(GuideArticle article) => string.Join('\n',
        new[] { article.Title, article.Summary }
            .Concat(article.Sections.Select(s => s.Heading ?? string.Empty))
            .Concat(article.Sections.SelectMany(s => s.Passages)));

    /// <summary>The source folder, found from the test binaries by walking up to the solution file.</summary>
    public static string SourceFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Lantern.slnx not found"), "src", "Lantern.Web", "Content", "guide");
    }

    /// <summary>Keys that belong to the reference file, never to readers: its name, section signs, status words in capitals.</summary>
    [GeneratedRegex(@"clinical\.md|§|\b(?:VERIFIED|SECONDARY|UNVERIFIED|DERIVED)\b")]
    public static partial Regex ReferenceKey();
}
