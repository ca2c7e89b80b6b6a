using System.Reflection;

namespace Lantern.Web.Features.Guide;

/// <summary>One guide Markdown file as shipped: its slug (the file name) and its text.</summary>
public sealed record GuideContentFile(string Slug, string Text);

/// <summary>
/// The guide's Markdown files, embedded in the assembly (see Lantern.Web.csproj) so the app serves
/// exactly the content it was built and tested with, whatever its working directory.
/// </summary>
public static class GuideContentFiles
{
    private const string Prefix = "Lantern.Web.Content.guide.";

    public static IReadOnlyList<GuideContentFile> ReadAll()
    {
        var assembly = typeof(GuideContentFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new GuideContentFile(name[Prefix.Length..^".md".Length], Read(assembly, name)))
            .ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
