using Lantern.Web.Tests.Infrastructure;
using System.Text.RegularExpressions;

namespace Lantern.Web.Tests.Architecture;

/// <summary>Architecture decisions are numbered from one template, and every link to one, anywhere in the repository, resolves.</summary>
[NeedsNoDatabase]
public sealed partial class DocumentationTests
{
    [Fact]
    public void Adrs_AreNumberedFromTheTemplate_WithATitleAndAStatus()
    {
        var adrs = Directory.GetFiles(Path.Combine(Repository.Root, "docs", "adr"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.Contains("0000-template.md", adrs);
        var numbered = adrs.Where(f => f != "0000-template.md").ToArray();
        Assert.All(numbered, file => Assert.Matches(AdrFileName(), file!));
        Assert.Equal(Enumerable.Range(1, numbered.Length).Select(n => n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)),
            numbered.Select(f => f![..4]));
        Assert.All(numbered, file =>
        {
            var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "adr", file!));
            Assert.StartsWith($"# ADR {file![..4]}: ", lines[0], StringComparison.Ordinal);
            Assert.Contains(lines, l => l.StartsWith("Status: ", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void AdrLinks_Everywhere_PointAtFilesThatExist()
    {
        var broken = new List<string>();
        foreach (var file in Repository.TextFiles())
        {
            foreach (Match link in AdrLink().Matches(File.ReadAllText(file)))
            {
                if (!File.Exists(Path.Combine(Repository.Root, "docs", "adr", link.Groups["file"].Value)))
                {
                    broken.Add($"{Path.GetRelativePath(Repository.Root, file)}: docs/adr/{link.Groups["file"].Value}");
                }
            }
        }

        Assert.True(broken.Count == 0, "Links to ADRs that do not exist:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void ArchitecturePage_HasEverySection()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "architecture.md"));

        foreach (var heading in new[] { "## The picture", "## The rules, and what checks them", "## Where each kind of code lives",
                     "## Public surfaces: what one feature may use of another", "## Adding a feature" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^\d{4}-[a-z0-9]+(-[a-z0-9]+)*\.md$")]
    private static partial Regex AdrFileName();

    [GeneratedRegex(@"docs/adr/(?<file>[A-Za-z0-9._-]+\.md)")]
    private static partial Regex AdrLink();
}

/// <summary>The repository this test run was built from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Source and documentation files, without build output.</summary>
    public static IEnumerable<string> TextFiles() =>
        Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(Root, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "artifacts" or ".git" or "node_modules"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Lantern.slnx not found above the test output.");
    }
}
