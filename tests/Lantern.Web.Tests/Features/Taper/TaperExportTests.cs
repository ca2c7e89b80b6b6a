using System.Net;
using System.Text;
using Lantern.Web.Features.Taper.Export;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>The plan leaves Lantern as a PDF, an iCalendar file and a CSV; each is read back as its reader would.</summary>
public sealed class TaperExportTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pdf_ReadBackWithPdfPig_HasThePlanTheScheduleAndNotAPrescription()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { formulation = "oral-concentrate-20-mg-per-ml" })));

        var response = await user.Client.GetAsync($"/api/v1/tapers/{id}/plan.pdf", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("lantern-taper-plan-2026-10-01.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var text = PdfText(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("Taper plan for discussion with your prescriber", text, StringComparison.Ordinal);
        Assert.Contains("It is not a prescription", text, StringComparison.Ordinal);
        Assert.Contains("Sertraline", text, StringComparison.Ordinal);
        Assert.Contains("90 mg", text, StringComparison.Ordinal);
        Assert.Contains("4.5 mL", text, StringComparison.Ordinal);
        Assert.Contains("settled or tolerable", text, StringComparison.Ordinal);
        Assert.Contains("NICE NG222", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_OccupancyPlan_ShowsSecondaryStatusOnEveryPage()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, new
        {
            drug = "citalopram", currentDoseMg = 20, method = "occupancy", occupancyDropPoints = 1, startDate = "2026-12-01",
        }));

        var bytes = await user.Client.GetByteArrayAsync($"/api/v1/tapers/{id}/plan.pdf", Ct);

        using var document = PdfDocument.Open(bytes);
        Assert.True(document.NumberOfPages > 1, "A 1-point occupancy plan has many rows and should run over several pages.");
        Assert.All(document.GetPages(), page => Assert.Contains("secondary source", Flatten(page.Text), StringComparison.Ordinal));
        Assert.Contains("Estimated occupancy. How we know this:", Flatten(document.GetPage(1).Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_ParsedBackWithIcalNet_OneAllDayEventPerProposedStep()
    {
        var user = await TestUser.CreateAsync(app);
        var plan = await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { startDate = "2026-12-01" }));
        var id = TaperApi.Id(plan);
        await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-11-26" });
        var proposed = TaperApi.Steps(await TaperApi.GetPlanAsync(user.Client, id)).Where(s => s.GetProperty("kind").GetString() is "planned" or "stop").ToArray();

        var response = await user.Client.GetAsync($"/api/v1/tapers/{id}/calendar.ics", Ct);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToArray();
        Assert.Equal(proposed.Length, events.Length);
        Assert.Equal(DateOnly.Parse(proposed[0].GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), events[0].DtStart!.Date);
        Assert.False(events[0].DtStart!.HasTime);
        Assert.Equal($"Lantern taper step 1 of {events.Length}", events[0].Summary);
        Assert.DoesNotContain("Sertraline", events[0].Summary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("90 mg", events[0].Description, StringComparison.Ordinal);
        Assert.Contains("prescriber", events[0].Description, StringComparison.Ordinal);
        Assert.Equal("Lantern taper: last step", events[^1].Summary);
        Assert.Equal(events.Length, events.Select(e => e.Uid).Distinct().Count());
        // Issue 16: each step reminds at 09:00 on its day, naming no medicine or dose, the hold rule first.
        Assert.All(events, e =>
        {
            var alarm = Assert.Single(e.Alarms);
            Assert.Equal("DISPLAY", alarm.Action);
            Assert.Equal(TimeSpan.FromHours(9), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
            Assert.Contains("hold and talk to your prescriber", alarm.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("mg", alarm.Description, StringComparison.Ordinal);
            Assert.DoesNotContain("Sertraline", alarm.Description, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Csv_HasHeaderAndOneRowPerStepWithDoseAndProduct()
    {
        var user = await TestUser.CreateAsync(app);
        var plan = await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { formulation = "tablets", finalDoseMg = 50, stepPercent = 25 }));
        var id = TaperApi.Id(plan);

        var response = await user.Client.GetAsync($"/api/v1/tapers/{id}/schedule.csv", Ct);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', ExportPlanCsvHandler.Header), lines[0]);
        Assert.Equal(TaperApi.Steps(plan).Length, lines.Length - 1);
        // 100 mg -> 75 mg is a 25 % cut, made of as few tablets as possible; then 62.5 mg, 50 mg and the stop.
        // Issue 12 added the form each row is measured in and whether it is finer than the syringe marks (last two columns).
        Assert.Equal("1,2026-10-01,planned,75,75 mg (1 × 50 mg tablet + 1 × 25 mg tablet),1 × 50 mg tablet + 1 × 25 mg tablet,25,,,no,yes,no,Film-coated tablets with a bisecting line,no", lines[1]);
        Assert.StartsWith("4,2026-12-24,stop,0,Stop (0 mg),,100,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryExport_IsAuditedForTheOwnerToo()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        foreach (var file in new[] { "plan.pdf", "calendar.ics", "schedule.csv" })
        {
            Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync($"/api/v1/tapers/{id}/{file}", Ct)).StatusCode);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var exports = await scope.ServiceProvider.GetRequiredService<LanternDbContext>().AuditEvents
            .CountAsync(a => a.Action == AuditAction.RecordExported && a.ActorId == user.Id && a.ResourceId == id.ToString(), Ct);
        Assert.Equal(3, exports);
    }

    private static string PdfText(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n", document.GetPages().Select(p => Flatten(p.Text)));
    }

    /// <summary>PdfPig returns a page's text without the spaces PDFsharp positions rather than types; words keep their letters.</summary>
    private static string Flatten(string text) => text;
}
