using System.Text.RegularExpressions;
using Lantern.Web.Tests.Architecture;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform;

/// <summary>
/// A page named by its path (RedirectToPage("/Taper/Plans/Plan"), asp-page="...") follows the page's folder, not its
/// URL, so moving a page into a sub-folder breaks every such name silently until that line runs. Walk them all.
/// </summary>
public sealed partial class PageNamesTests(SharedApp app)
{
    [Fact]
    public void PageNamesInTheSource_EachNameAPage()
    {
        var pages = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().Select(p => p.ViewEnginePath).ToHashSet(StringComparer.Ordinal);
        var web = Path.Combine(Repository.Root, "src", "Lantern.Web");
        var named = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => PageName().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(web, f), Page: m.Groups["page"].Value)))
            .ToArray();

        var unknown = named.Where(n => !pages.Contains(n.Page)).Select(n => $"{n.File}: {n.Page}").ToArray();

        Assert.NotEmpty(named);
        Assert.True(unknown.Length == 0, "Names of pages that do not exist:\n" + string.Join("\n", unknown));
    }

    [GeneratedRegex(@"(?:RedirectToPage|Url\.Page|GetPathByPage)\(\s*""(?<page>/[^""]*)""|asp-page=""(?<page>/[^""]*)""")]
    private static partial Regex PageName();
}
