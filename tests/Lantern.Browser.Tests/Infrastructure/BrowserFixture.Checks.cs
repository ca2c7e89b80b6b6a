using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>What every page is checked for: axe, nothing wider than the screen, no CSP violation; and its screenshot.</summary>
public sealed partial class BrowserFixture
{
    /// <summary>
    /// Fits the viewport, then axe in the light theme and, in the dark one, axe's rules about colour again (issue 15:
    /// axe clean in both; the themes differ only in colour, so the structural rules would find the same again), the
    /// page left light as it was. A page that fails a check is photographed before the failure is reported; a page
    /// that passes is photographed only when screenshots were asked for (see <see cref="ScreenshotAsync"/>).
    /// </summary>
    public static async Task CheckPageAsync(IPage page, string screenshot)
    {
        try
        {
            await AssertFitsAsync(page);
            await AssertAccessibleAsync(page);
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            await AssertAccessibleAsync(page, ColourRules);
            await ScreenshotAsync(page, screenshot + "-dark");
        }
        catch
        {
            await TakeScreenshotAsync(page, screenshot);
            throw;
        }
        finally
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        }

        await ScreenshotAsync(page, screenshot);
    }

    /// <summary>
    /// Follows a main-navigation link the way a person would at this width: in the header where it fits, else from
    /// the menu.
    /// </summary>
    public static async Task NavigateAsync(IPage page, string linkName)
    {
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        if (await main.IsVisibleAsync())
        {
            await main.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync();
            return;
        }

        await OpenMenuAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync();
    }

    /// <summary>Opens the header's menu (a disclosure, so it works without JavaScript).</summary>
    public static async Task OpenMenuAsync(IPage page)
    {
        var menu = page.Locator("header details.menu");
        if (await menu.GetAttributeAsync("open") is null)
        {
            await menu.Locator("summary").ClickAsync();
        }
    }

    /// <summary>Signs out from the menu, as a person would.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await OpenMenuAsync(page);
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
    }

    /// <summary>
    /// Runs axe-core (every rule of its default set, on the whole document) and fails with a readable list of every
    /// violation on the page. axe is put into the page once and run there: the Deque wrapper's run
    /// (<c>page.RunAxe()</c>) re-sends the script and finishes each run in a new blank page, which cost about
    /// two seconds a check, and Lantern's pages have no frames for it to stitch together.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string[]? onlyRules = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var violations = await page.EvaluateAsync<string[]>("""
            async rules => (await axe.run(document, rules ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules } } : { resultTypes: ['violations'] })).violations
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ') + ' [' + n.any.map(a => a.message).join('; ') + ']').join(', ')}`)
            """, onlyRules);
        Assert.True(violations.Length == 0, $"axe found {violations.Length} violation(s) on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>axe's rules whose outcome depends on colours: text contrast, and links told apart from text by colour.</summary>
    private static readonly string[] ColourRules = ["color-contrast", "link-in-text-block"];

    /// <summary>
    /// axe runs as JavaScript, which a JavaScript-off page cannot execute: check the exact HTML it
    /// rendered in a JavaScript-on page at the same address instead (the address serves that HTML, not a new request).
    /// </summary>
    public async Task AssertAccessibleWithoutJavaScriptAsync(IPage page)
    {
        var html = await page.ContentAsync();
        var checker = await NewPageAsync(page.ViewportSize?.Width ?? 1280, page.ViewportSize?.Height ?? 900);
        await checker.RouteAsync(page.Url, route => route.FulfillAsync(new() { Body = html, ContentType = "text/html; charset=utf-8" }));
        await checker.GotoAsync(page.Url);
        await AssertAccessibleAsync(checker);
        await checker.Context.CloseAsync();
    }

    /// <summary>Fails when the page scrolls sideways at its viewport width, naming the elements that stick out.</summary>
    public static async Task AssertFitsAsync(IPage page)
    {
        var width = page.ViewportSize!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width)
        {
            var wide = await page.EvaluateAsync<string[]>(
                "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))",
                width);
            Assert.Fail($"{page.Url} is {scrollWidth}px wide at a {width}px viewport: {string.Join("; ", wide)}");
        }
    }

    /// <summary>Collects the Content Security Policy violations the page reports from now on.</summary>
    public static List<string> WatchCsp(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (CspPattern().IsMatch(message.Text))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }

    /// <summary>
    /// A full-page screenshot in artifacts/screenshots when <c>LANTERN_SCREENSHOTS=1</c>. Off by default: encoding
    /// about seventy full pages cost a tenth of the browser suite's time, and a run that passes needs no pictures.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        if (ScreenshotsWanted)
        {
            await TakeScreenshotAsync(page, name, fullPage);
        }
    }

    private static bool ScreenshotsWanted { get; } = Environment.GetEnvironmentVariable("LANTERN_SCREENSHOTS") == "1";

    private static async Task TakeScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(Path.Combine(ArtifactsDirectory, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, "screenshots", name + ".png"), FullPage = fullPage });
    }

    /// <summary>axe-core as the Deque package ships it.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex("Content Security Policy", RegexOptions.IgnoreCase)]
    private static partial Regex CspPattern();
}
