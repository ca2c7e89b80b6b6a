using System.Buffers.Binary;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Offline;

/// <summary>
/// Issue 15, item 6: Lantern installs as an app (a manifest with its icons, each the size it claims) and its service
/// worker is served from the root, as JavaScript, under a CSP that allows it; the offline page it falls back to says so
/// plainly and links the crisis page; every file the worker keeps exists, so its install cannot fail on a missing one.
/// </summary>
public sealed partial class InstallableAppTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Manifest_ServedAsManifestJson_WithNameStartUrlDisplayColoursAndIcons()
    {
        var response = await app.CreateClient().GetAsync("/manifest.webmanifest", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = manifest.RootElement;
        Assert.Equal("Lantern", root.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("short_name").GetString()));
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("#1d5a73", root.GetProperty("theme_color").GetString());
        Assert.Equal("#fbfaf7", root.GetProperty("background_color").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToArray();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192" && i.GetProperty("purpose").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "maskable");
    }

    [Fact]
    public async Task ManifestIcons_EachExists_AndIsTheSizeItClaims()
    {
        var client = app.CreateClient();
        using var manifest = JsonDocument.Parse(await client.GetStringAsync("/manifest.webmanifest", Ct));

        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
        {
            var src = icon.GetProperty("src").GetString()!;
            var response = await client.GetAsync(src, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{src}: {(int)response.StatusCode}");
            Assert.Equal(icon.GetProperty("type").GetString(), response.Content.Headers.ContentType?.MediaType);
            if (icon.GetProperty("type").GetString() == "image/png")
            {
                var (width, height) = PngSize(await response.Content.ReadAsByteArrayAsync(Ct));
                Assert.Equal(icon.GetProperty("sizes").GetString(), $"{width}x{height}");
            }
        }
    }

    [Fact]
    public async Task Favicons_ServedWithTheirTypes_AndEveryPageLinksThemAndTheManifest()
    {
        var client = app.CreateClient();

        var ico = await client.GetAsync("/favicon.ico", Ct);
        var svg = await client.GetAsync("/icons/icon.svg", Ct);
        var png = await client.GetAsync("/icons/icon-32.png", Ct);
        var home = await client.GetStringAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType?.MediaType);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal((32, 32), PngSize(await png.Content.ReadAsByteArrayAsync(Ct)));
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\">", home, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/icons/icon.svg\" type=\"image/svg+xml\">", home, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"theme-color\" content=\"#1d5a73\">", home, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/offline\\.js\\?v=[^\"]+\"></script>", home);
    }

    [Fact]
    public async Task ServiceWorker_ServedFromTheRootAsJavaScript_AndTheCspAllowsIt()
    {
        var client = app.CreateClient();

        var worker = await client.GetAsync("/sw.js", Ct);
        var page = await client.GetAsync("/help", Ct);

        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        Assert.Equal("text/javascript", worker.Content.Headers.ContentType?.MediaType);
        Assert.Contains("CACHE_VERSION", await worker.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("worker-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("manifest-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        // Served at /sw.js, its default scope is the whole site, /help and /sessions included: no header widens it.
        Assert.False(worker.Headers.Contains("Service-Worker-Allowed"));
    }

    [Fact]
    public async Task ServiceWorker_EveryFileItKeeps_Exists()
    {
        var client = app.CreateClient();
        var script = await client.GetStringAsync("/sw.js", Ct);
        var list = StaticFiles().Match(script);
        Assert.True(list.Success, "sw.js names the files it keeps in STATIC_FILES.");

        var files = FileName().Matches(list.Groups[1].Value).Select(m => m.Groups[1].Value).ToArray();

        Assert.Contains("/css/site.css", files);
        Assert.Contains("/icons/icon-192.png", files);
        foreach (var file in files)
        {
            var response = await client.GetAsync(file, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task OfflinePage_Anonymous_SaysPlainlyItIsOffline_AndLinksTheCrisisPage()
    {
        var response = await app.CreateClient().GetAsync("/offline", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>You are offline</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/help\"", html, StringComparison.Ordinal);
        Assert.Contains("call your local emergency number", html, StringComparison.Ordinal);
    }

    /// <summary>Width and height from a PNG's IHDR chunk (signature, length, "IHDR", then two big-endian integers).</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24, "Too short to be a PNG.");
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [GeneratedRegex(@"STATIC_FILES = \[([^\]]+)\]")]
    private static partial Regex StaticFiles();

    [GeneratedRegex("\"(/[^\"]+)\"")]
    private static partial Regex FileName();
}
