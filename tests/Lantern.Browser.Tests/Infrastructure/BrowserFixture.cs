using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, never a downloaded browser. The host-resolver rule makes
/// Chromium resolve nothing but 127.0.0.1, so tests cannot send traffic anywhere else.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory { get; } = FindArtifacts();

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) at a given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        // Fail fast with Playwright's call log instead of hanging the suite.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe and fails with a readable list of every violation on the page.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToArray();
        Assert.True(violations.Length == 0, $"axe found {violations.Length} violation(s) on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// axe runs as JavaScript, which a JavaScript-off page cannot execute: check the exact HTML it
    /// rendered in a JavaScript-on page at the same address instead.
    /// </summary>
    public async Task AssertAccessibleWithoutJavaScriptAsync(IPage page)
    {
        var html = await page.ContentAsync();
        var checker = await NewPageAsync(page.ViewportSize?.Width ?? 1280, page.ViewportSize?.Height ?? 900);
        await checker.GotoAsync(page.Url);
        await checker.SetContentAsync(html);
        await AssertAccessibleAsync(checker);
        await checker.Context.CloseAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Path.Combine(ArtifactsDirectory, "screenshots"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDirectory, "screenshots", name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    private static string FindArtifacts()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lantern.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
