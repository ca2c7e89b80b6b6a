using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.MyData;

/// <summary>GET /api/v1/export/*.csv: the caller's own data, quoted safely, and audited.</summary>
public sealed class CsvExportTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static async Task<string[]> CsvLinesAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        return (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task CheckInsCsv_HasHeaderAndOwnRowsOnly_QuotesNotesAndDefusesFormulas()
    {
        var patient = await TestUser.CreateAsync(app);
        var other = await TestUser.CreateAsync(app);
        var stamp = app.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await PostCheckInAsync(patient.Client, CheckIn(mood: 4, anxiety: 6, sleepHours: 6.5, date: "2026-11-24", note: "=HYPERLINK(\"x\")"));
        await PostCheckInAsync(patient.Client, new { mood = 7, anxiety = 2, sleepHours = 8, energy = 6, pain = 3, note = "walked, then \"rested\"", tags = new[] { "walk", "sun" } });
        await PostCheckInAsync(other.Client, CheckIn(note: "other person's canary 5e1f"));

        var lines = await CsvLinesAsync(patient.Client, "/api/v1/export/checkins.csv");

        Assert.Equal("date,mood,anxiety,sleep_hours,energy,pain,tags,warning_signs,note,late,recorded_at_utc,updated_at_utc", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"2026-11-24,4,6,6.5,5,,,,\"'=HYPERLINK(\"\"x\"\")\",yes,{stamp},{stamp}", lines[1]);
        Assert.StartsWith("2026-11-26,7,2,8,6,3,walk; sun,,\"walked, then \"\"rested\"\"\",no,", lines[2]);
        Assert.DoesNotContain(lines, l => l.Contains("5e1f", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuestionnairesCsv_OneRowPerResponseWithItems_AndExportIsAudited()
    {
        var patient = await TestUser.CreateAsync(app);
        await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/phq9/responses", new { answers = Phq9(item9: 1) }, Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await patient.Client.PostAsJsonAsync("/api/v1/questionnaires/gad7/responses", new { answers = new[] { 3, 3, 3, 3, 3, 3, 3 } }, Ct);

        var lines = await CsvLinesAsync(patient.Client, "/api/v1/export/questionnaires.csv");

        Assert.StartsWith("date,instrument,total,max_total,band,flags,baseline_from_onboarding,completed_at_utc,item_1,", lines[0]);
        Assert.EndsWith(",item_20", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2026-11-26,PHQ-9,9,27,Mild,self-harm-thoughts,no,", lines[1]);
        Assert.EndsWith(",1,1,1,1,1,1,1,1,1,,,,,,,,,,,", lines[1]);
        Assert.StartsWith("2026-11-26,GAD-7,21,21,Severe,,no,", lines[2]);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        var exports = await db.AuditEvents.Where(e => e.ActorId == patient.Id && e.Action == AuditAction.RecordExported).ToListAsync(Ct);
        var export = Assert.Single(exports);
        Assert.Equal(patient.Id, export.SubjectId);
        Assert.Equal("QuestionnaireResponse", export.ResourceType);
    }

    [Fact]
    public async Task Export_NoData_ReturnsHeaderOnly()
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Single(await CsvLinesAsync(patient.Client, "/api/v1/export/checkins.csv"));
    }
}
