using System.IO.Compression;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>Issue 17: on a 360 px phone a person opens "Your data", chooses their journals and downloads everything in one ZIP.</summary>
public sealed class ExportTests(BrowserFixture browser)
{
    [Fact]
    public async Task MyData_OnAPhone_DownloadsOneZipWithTheBundleTheSpreadsheetsAndTheSummary()
    {
        var page = await browser.SignedInPageAsync("Robin", width: 360);
        var csp = BrowserFixture.WatchCsp(page);

        await page.GotoAsync("/my-data");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your data" })).ToBeVisibleAsync();
        var journals = page.GetByLabel("Include my journals");
        await Assertions.Expect(journals).Not.ToBeCheckedAsync();
        await BrowserFixture.CheckPageAsync(page, "my-data-360");
        await journals.CheckAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download everything" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"lantern-export-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(path);
        string[] entries;
        using (var zip = ZipFile.OpenRead(path))
        {
            entries = [.. zip.Entries.Select(e => e.FullName)];
        }

        File.Delete(path);
        Assert.StartsWith("lantern-export-", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Contains("lantern-record.fhir.json", entries);
        Assert.Contains("summary-for-a-clinician.pdf", entries);
        Assert.Contains("read-me.txt", entries);
        Assert.Contains("csv/check-ins.csv", entries);
        Assert.Contains("csv/questionnaires.csv", entries);
        Assert.Empty(csp);
    }
}
