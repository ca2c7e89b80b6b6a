using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

// One app and one Chromium for the whole run. Every test opens its own browser context (its own cookies) and makes its
// own users, so the test classes run side by side (see xunit.runner.json).
[assembly: AssemblyFixture(typeof(BrowserFixture))]

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, never a downloaded browser. The host-resolver rule makes
/// Chromium resolve nothing but 127.0.0.1, so tests cannot send traffic anywhere else.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public static string ArtifactsDirectory { get; } = FindArtifacts();

    public async ValueTask InitializeAsync()
    {
        // Kestrel and Chromium start side by side; neither needs the other until the first page opens.
        var app = App.InitializeAsync().AsTask();
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
        await app;
    }

    /// <summary>A fresh browser context (its own cookies) at a given viewport width, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            JavaScriptEnabled = javaScript,
        });
        // Fail fast with Playwright's call log instead of hanging the suite.
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(20_000);
        return await context.NewPageAsync();
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
