using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.MyData;

/// <summary>One download: the ZIP's name and bytes.</summary>
public sealed record ExportArchive(string FileName, byte[] Content);

/// <summary>
/// Everything one person's records hold, in one ZIP: a FHIR R4 Bundle, one CSV per kind of record and a summary PDF
/// for a new clinician. Every feature adds its own part (<see cref="IExportSource"/>); this only opens the patient
/// through the chokepoint (the person themself, or someone they share at least one scope with: anyone else gets the
/// same 404 as a missing patient), collects and packs. Each kind read by someone else is audited by the chokepoint, and
/// the export itself is audited once.
/// </summary>
public sealed class ExportEverythingHandler(
    HealthDataAccess access,
    IEnumerable<IExportSource> sources,
    AuditLog audit,
    TimeProvider time,
    ILogger<ExportEverythingHandler> logger)
{
    public const string BundleEntry = "lantern-record.fhir.json";
    public const string SummaryEntry = "summary-for-a-clinician.pdf";
    public const string ReadMeEntry = "read-me.txt";
    public const string CsvFolder = "csv/";

    private static readonly JsonSerializerOptions FhirJson = new JsonSerializerOptions { WriteIndented = true }.ForFhir(R4.ModelInfo.ModelInspector);

    /// <summary>The export of <paramref name="patientId"/> (the caller when null), with journals only when asked for.</summary>
    public async Task<ExportArchive> HandleAsync(Guid? patientId, bool includeJournals, CancellationToken ct)
    {
        var export = await GatherAsync(patientId, includeJournals, ct);
        var content = Pack(export, SummaryPdf.Render(export));
        audit.Record(AuditAction.RecordExported, (await access.GetContextAsync(ct)).UserId, export.PatientId, "Everything", null, AuditOutcome.Success);
        MyDataLog.ExportedEverything(logger, export.PatientId, export.Entries.Count, export.Tables.Count);
        return new ExportArchive($"lantern-export-{ExportCells.Day(export.Today)}.zip", content);
    }

    /// <summary>Reads every source's part; the Bundle, tables and summary sections are then built from it.</summary>
    public async Task<ExportContext> GatherAsync(Guid? patientId, bool includeJournals, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var records = await access.OpenPatientAsync(patientId ?? me.UserId, ct);
        var export = new ExportContext(records, includeJournals, time.GetUtcNow());
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            await source.ContributeAsync(export, ct);
        }

        return export;
    }

    /// <summary>The FHIR R4 collection Bundle: the Patient first, then every source's resources.</summary>
    public static R4.Bundle Bundle(ExportContext export)
    {
        var bundle = new R4.Bundle
        {
            Type = R4.Bundle.BundleType.Collection,
            Timestamp = export.Now.ToUniversalTime(),
            Identifier = new R4.Identifier("urn:ietf:rfc:3986", ExportContext.FullUrl(Guid.CreateVersion7())),
        };
        var patient = new R4.Patient
        {
            Id = export.PatientId.ToString(),
            Active = true,
            Name = [new R4.HumanName { Text = export.Patient.DisplayName }],
        };
        bundle.Entry.Add(new R4.Bundle.EntryComponent { FullUrl = ExportContext.FullUrl(export.PatientId), Resource = patient });
        bundle.Entry.AddRange(export.Entries);
        return bundle;
    }

    public static string BundleJson(ExportContext export) => JsonSerializer.Serialize(Bundle(export), FhirJson);

    /// <summary>The CSV text of one table, through the same formula-injection guard as every CSV Lantern writes.</summary>
    public static string CsvText(ExportTable table)
    {
        var csv = new Csv().Row([.. table.Header]);
        foreach (var row in table.Rows)
        {
            csv.Row([.. row]);
        }

        return csv.ToString();
    }

    private static byte[] Pack(ExportContext export, byte[] summaryPdf)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, ReadMeEntry, Encoding.UTF8.GetBytes(ReadMe(export, summaryPdf.Length > 0)), export.Now);
            Write(zip, BundleEntry, Encoding.UTF8.GetBytes(BundleJson(export)), export.Now);
            foreach (var table in export.Tables)
            {
                Write(zip, CsvFolder + table.Name + ".csv", Encoding.UTF8.GetBytes(CsvText(table)), export.Now);
            }

            if (summaryPdf.Length > 0)
            {
                Write(zip, SummaryEntry, summaryPdf, export.Now);
            }
        }

        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, byte[] content, DateTimeOffset when)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = when;
        using var target = entry.Open();
        target.Write(content);
    }

    private static string ReadMe(ExportContext export, bool withSummary) =>
        $"""
        Lantern export for {export.Patient.DisplayName}, made {LocalTime.DateAndTime(export.Now, export.Patient.TimeZone)}.

        {(withSummary ? SummaryEntry + ": a two-page summary to hand to a new clinician." : "The summary for a clinician could not be made on the server this time; the other files are complete.")}
        {BundleEntry}: the same records as a FHIR R4 Bundle, which health record systems can import.
        {CsvFolder}: one spreadsheet file per kind of record, every field, dates as year-month-day and times in UTC.
        {(export.IncludeJournals ? "Journals are included." : "Journals are not included.")}

        """;
}
