using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using Lantern.Web.Features.MyData;
using Lantern.Web.Platform.Demo;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Tests.Features.MyData;

/// <summary>An export ZIP as a test reads it: the entries by name, the Bundle parsed, each CSV's text.</summary>
internal sealed class ExportArchiveReader
{
    private static readonly JsonSerializerOptions FhirJson = new JsonSerializerOptions().ForFhir(R4.ModelInfo.ModelInspector);

    private ExportArchiveReader(Dictionary<string, byte[]> entries) => Entries = entries;

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public R4.Bundle Bundle => JsonSerializer.Deserialize<R4.Bundle>(Text(ExportEverythingHandler.BundleEntry), FhirJson)!;

    public string Text(string name) => Encoding.UTF8.GetString(Entries[name]);

    public IEnumerable<string> CsvNames => Entries.Keys.Where(k => k.StartsWith(ExportEverythingHandler.CsvFolder, StringComparison.Ordinal));

    public IEnumerable<T> Resources<T>()
        where T : R4.Resource => Bundle.Entry.Select(e => e.Resource).OfType<T>();

    public static async Task<ExportArchiveReader> DownloadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        return Read(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    public static ExportArchiveReader Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        return new ExportArchiveReader(entries);
    }

    /// <summary>
    /// Gives <paramref name="patient"/> the whole demo history, the way the Development demo seeds it: every feature's
    /// demo data in order (check-ins, questionnaires, sessions, alerts, care team), with new caregiver and therapist accounts.
    /// </summary>
    public static async Task SeedDemoHistoryAsync(LanternAppFactory app, TestUser patient)
    {
        var caregiver = await TestUser.CreateAsync(app, UserRole.Caregiver);
        var therapist = await TestUser.CreateAsync(app, UserRole.Therapist);
        var accounts = new DemoAccounts(new DemoPerson(patient.Id, "UTC"), new DemoPerson(caregiver.Id, "UTC"), new DemoPerson(therapist.Id, "UTC"));
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var data in scope.ServiceProvider.GetServices<IDemoData>().OrderBy(d => d.Order))
        {
            await data.SeedAsync(accounts, TestContext.Current.CancellationToken);
        }
    }
}
