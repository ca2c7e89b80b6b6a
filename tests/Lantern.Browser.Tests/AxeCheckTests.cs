using Lantern.Browser.Tests.Infrastructure;
using Xunit.Sdk;

namespace Lantern.Browser.Tests;

/// <summary>The accessibility check every browser test leans on finds violations, so a clean result means something.</summary>
public sealed class AxeCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task AssertAccessible_PageWithUnlabelledImageAndField_FailsNamingBoth()
    {
        var page = await browser.NewPageAsync(360, 780);
        await page.GotoAsync("/");
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main><img src=\"/x.png\"><input type=\"text\"></main></body></html>");

        var failure = await Assert.ThrowsAsync<TrueException>(() => BrowserFixture.AssertAccessibleAsync(page));

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
