using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CsvHelper;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.MyData;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Identity;
using Lantern.Web.Tests.Infrastructure;
using Lantern.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Tests.Features.MyData;

/// <summary>
/// GET /api/v1/me/export and a care-team member's /api/v1/careteam/patients/{id}/export: the CSVs read back equal to what
/// is stored, the clinician summary has each section, journals only when chosen, and a grantee gets only their scopes,
/// audited.
/// </summary>
public sealed class ExportEverythingTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every row of a CSV, the header first, as CsvHelper reads it.</summary>
    private static List<string[]> ReadCsv(string text)
    {
        using var csv = CsvReader.FromText(text, null);
        using var data = new CsvDataReader(csv, false);
        var rows = new List<string[]> { Enumerable.Range(0, data.FieldCount).Select(data.GetName).ToArray() };
        while (data.Read())
        {
            rows.Add(Enumerable.Range(0, data.FieldCount).Select(i => data.IsDBNull(i) ? string.Empty : data.GetString(i)).ToArray());
        }

        return rows;
    }

    /// <summary>What a stored value reads back as: empty for nothing, and the formula guard's apostrophe before a formula.</summary>
    private static string Stored(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    [Fact]
    public async Task Csvs_ReadBackWithACsvLibrary_EveryRowAndFieldAsStored()
    {
        var records = await PatientRecords.CreateAsync(app);
        var patient = records.Patient;
        var tricky = "=SUM(A1), then \"quoted\"\nand a second line";
        Assert.True((await patient.Client.PostAsJsonAsync("/api/v1/checkins",
            new { date = "2026-11-20", mood = 3, anxiety = 7, sleepHours = 6.5, note = tricky, tags = new[] { "walk" } }, Ct)).IsSuccessStatusCode);

        var export = await ExportArchiveReader.DownloadAsync(patient.Client, "/api/v1/me/export");

        foreach (var name in export.CsvNames)
        {
            var rows = ReadCsv(export.Text(name));
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var checkIns = await db.Set<CheckIn>().Where(c => c.PatientId == patient.Id).OrderBy(c => c.Day).ToListAsync(Ct);
        var checkInRows = ReadCsv(export.Text("csv/check-ins.csv"));
        Assert.Equal(checkIns.Count + 1, checkInRows.Count);
        foreach (var (c, row) in checkIns.Zip(checkInRows.Skip(1)))
        {
            string[] stored =
            [
                c.Id.ToString(), c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(c.Mood), N(c.Anxiety),
                c.SleepHours?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, c.Energy is { } e ? N(e) : string.Empty,
                c.Pain is { } p ? N(p) : string.Empty, c.Tags, c.WarningSigns, Stored(c.Note), c.IsLate ? "yes" : "no",
                c.RecordedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Utc(c.RecordedAt), Utc(c.UpdatedAt),
            ];
            Assert.Equal(stored, row);
        }

        Assert.Contains(checkInRows, r => r[9] == "'" + tricky);

        var responses = await db.Set<QuestionnaireResponse>().Where(r => r.PatientId == patient.Id).OrderBy(r => r.CompletedAt).ToListAsync(Ct);
        var responseRows = ReadCsv(export.Text("csv/questionnaires.csv"));
        Assert.Equal(responses.Count + 1, responseRows.Count);
        foreach (var (r, row) in responses.Zip(responseRows.Skip(1)))
        {
            Assert.Equal(
                [r.Id.ToString(), r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Instrument, N(r.Total), N(InstrumentCatalog.Require(r.Instrument).MaxTotal),
                    r.Band, r.Flags, r.FromOnboarding ? "yes" : "no", Utc(r.CompletedAt), r.Answers],
                row);
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task SummaryPdf_ReadBack_HasEachSection()
    {
        var records = await PatientRecords.CreateAsync(app);
        await records.Patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = new[] { 2, 2, 2, 1, 1, 1, 1, 1, 0 } }, Ct);

        var export = await ExportArchiveReader.DownloadAsync(records.Patient.Client, "/api/v1/me/export");

        using var pdf = PdfDocument.Open(export.Entries[ExportEverythingHandler.SummaryEntry]);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        foreach (var section in new[]
        {
            SummaryPdf.Title, "Questionnaire scores", "PHQ-9 over time", "Daily check-ins", "Ketamine sessions and vital signs", "Taper plan",
            "Current step", "Medicines", "sertraline", "Open alerts",
        })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.InRange(pdf.NumberOfPages, 1, 3);
        Assert.Contains(ExportEverythingHandler.ReadMeEntry, export.Entries.Keys);
    }

    [Fact]
    public async Task Journals_AreInTheExportOnlyWhenChosen()
    {
        var patient = await TestUser.CreateAsync(app);
        await ExportArchiveReader.SeedDemoHistoryAsync(app, patient);

        var without = await ExportArchiveReader.DownloadAsync(patient.Client, "/api/v1/me/export");
        var with = await ExportArchiveReader.DownloadAsync(patient.Client, "/api/v1/me/export?journals=true");

        Assert.Empty(without.Resources<R4.DocumentReference>());
        Assert.DoesNotContain("csv/integration-journal.csv", without.Entries.Keys);
        Assert.DoesNotContain(without.Entries.Values, v => Encoding.UTF8.GetString(v).Contains("Call Dad this week.", StringComparison.Ordinal));
        Assert.NotEmpty(with.Resources<R4.DocumentReference>());
        Assert.Contains("Call Dad this week.", with.Text("csv/integration-journal.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caregiver_ExportHoldsOnlyTheirScopes_WithoutFreeText_AndIsAudited()
    {
        var records = await PatientRecords.CreateAsync(app);
        var patient = records.Patient;
        var (caregiver, _) = await CareTeamSetup.GrantAsync(patient, UserRole.Caregiver, "mood");
        var stranger = await TestUser.CreateAsync(app, UserRole.Caregiver);

        var export = await ExportArchiveReader.DownloadAsync(caregiver.Client, $"/api/v1/careteam/patients/{patient.Id}/export?journals=true");
        var refused = await stranger.Client.GetAsync($"/api/v1/careteam/patients/{patient.Id}/export", Ct);

        Assert.Equal(["csv/check-ins.csv"], export.CsvNames.ToArray());
        Assert.Empty(export.Resources<R4.QuestionnaireResponse>());
        Assert.Empty(export.Resources<R4.Procedure>());
        Assert.Empty(export.Resources<R4.MedicationStatement>());
        Assert.Empty(export.Resources<R4.DocumentReference>());
        Assert.NotEmpty(export.Resources<R4.Observation>());
        Assert.DoesNotContain("a note", export.Text("csv/check-ins.csv"), StringComparison.Ordinal);
        Assert.DoesNotContain("a note", export.Text(ExportEverythingHandler.BundleEntry), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var events = await db.AuditEvents.Where(e => e.ActorId == caregiver.Id && e.SubjectId == patient.Id).ToListAsync(Ct);
        Assert.Contains(events, e => e.Action == AuditAction.RecordRead && e.ResourceType == nameof(CheckIn));
        Assert.Contains(events, e => e.Action == AuditAction.RecordExported);
        Assert.DoesNotContain(events, e => e.ResourceType == nameof(QuestionnaireResponse));
        Assert.Empty(await db.AuditEvents.Where(e => e.ActorId == stranger.Id && e.Action == AuditAction.RecordExported).ToListAsync(Ct));
    }
}
