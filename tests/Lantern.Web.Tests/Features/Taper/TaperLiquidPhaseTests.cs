using System.Net;
using System.Net.Http.Json;
using System.Text;
using Lantern.Web.Features.Taper.Export;
using Lantern.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>
/// Issue 12 item 5: sertraline 50 mg on tablets with no last dose chosen. Tablets cannot give a 10 % step, so the plan
/// uses the oral concentrate from step 1 as one phase, steps down to 3.6 mg (0.18 mL), and shows the last step's size
/// with its warning. Every surface that shows a plan says the same: the API (saved and preview), the plan page, the
/// printable plan, the PDF, the CSV and the calendar; and none tells a step on the liquid that it "needs a liquid".
/// </summary>
public sealed class TaperLiquidPhaseTests(SharedApp app)
{
    private const string PhaseText = "From step 1 (2026-10-01), use the oral solution (concentrate) 20 mg/mL";
    private const string LastStep = "Stop from 3.6 mg: 100 % of the dose, where earlier steps typically cut";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object SertralineTablets() => new
    {
        drug = "sertraline", currentDoseMg = 50, startDate = "2026-10-01", formulation = "tablets",
    };

    [Fact]
    public async Task Api_SavedAndPreview_PhaseFinalStepAndNoLiquidStepNeedsALiquid()
    {
        var user = await TestUser.CreateAsync(app);
        var saved = (await TaperApi.CreatePlanAsync(user, SertralineTablets())).GetProperty("schedule");
        var preview = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", SertralineTablets(), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);

        foreach (var schedule in new[] { saved, await HttpAssertions.ReadJsonAsync(preview) })
        {
            var phase = Assert.Single(schedule.GetProperty("phases").EnumerateArray());
            Assert.Equal("liquid", phase.GetProperty("kind").GetString());
            Assert.Equal(1, phase.GetProperty("firstStep").GetInt32());
            Assert.Equal("oral-concentrate-20-mg-per-ml", phase.GetProperty("formulation").GetProperty("code").GetString());
            Assert.StartsWith(PhaseText, phase.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal(3.6m, schedule.GetProperty("finalDoseMg").GetDecimal());

            var planned = schedule.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "planned").ToArray();
            Assert.All(planned, s =>
            {
                Assert.Equal("oral-concentrate-20-mg-per-ml", s.GetProperty("form").GetString());
                Assert.False(s.GetProperty("needsLiquidOrCompoundedStrength").GetBoolean());
                Assert.DoesNotContain("needs a liquid", s.GetProperty("doseDisplay").GetString(), StringComparison.Ordinal);
            });

            var last = schedule.GetProperty("finalStep");
            Assert.Equal(3.6m, last.GetProperty("fromDoseMg").GetDecimal());
            Assert.Equal(100m, last.GetProperty("percentOfPreviousDose").GetDecimal());
            Assert.Equal(29.26m, last.GetProperty("occupancyPoints").GetDecimal());
            Assert.Equal("secondary", last.GetProperty("occupancyStatus").GetString());
            Assert.True(last.GetProperty("largerThanTypical").GetBoolean());
            Assert.Contains(schedule.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "final-step-larger");
            Assert.True(schedule.GetProperty("liquidMeasure").GetProperty("assumed").GetBoolean());
            Assert.Equal(0.02m, schedule.GetProperty("liquidMeasure").GetProperty("smallestMarkMl").GetDecimal());
        }
    }

    [Fact]
    public async Task PlanAndPrintPages_PhaseHeadingAndLastStepFact_NoNeedsALiquid()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, SertralineTablets()));

        foreach (var path in new[] { $"/taper/plans/{id}", $"/taper/plans/{id}/print" })
        {
            var html = WebUtility.HtmlDecode(await user.Client.GetStringAsync(path, Ct));

            Assert.Contains("<th scope=\"rowgroup\"", html, StringComparison.Ordinal);
            Assert.Contains(PhaseText, html, StringComparison.Ordinal);
            Assert.Contains("<dt>Last step</dt>", html, StringComparison.Ordinal);
            Assert.Contains(LastStep, html, StringComparison.Ordinal);
            Assert.Contains("model figures seen only in a secondary source, not yet checked against the original", html, StringComparison.Ordinal);
            Assert.Contains("0.18 mL", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Needs a liquid", html, StringComparison.Ordinal);
            Assert.DoesNotContain("needs a liquid", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PdfCsvAndCalendar_SayWhereTheLiquidStartsAndHowBigTheLastStepIs()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user, SertralineTablets()));

        using (var pdf = PdfDocument.Open(await user.Client.GetByteArrayAsync($"/api/v1/tapers/{id}/plan.pdf", Ct)))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("use the oral solution (concentrate) 20 mg/mL", text, StringComparison.Ordinal);
            Assert.Contains("Stop from 3.6 mg", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Needs a liquid", text, StringComparison.Ordinal);
        }

        var csv = (await user.Client.GetStringAsync($"/api/v1/tapers/{id}/schedule.csv", Ct)).TrimStart('\uFEFF');
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Where(r => r.Contains(",planned,", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith(",Oral solution (concentrate) 20 mg/mL,no", r, StringComparison.Ordinal));
        Assert.Equal(ExportPlanCsvHandler.Header.Length, csv.Split("\r\n")[0].Split(',').Length);

        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(await user.Client.GetByteArrayAsync($"/api/v1/tapers/{id}/calendar.ics", Ct)))!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Date).ToArray();
        Assert.Contains(PhaseText, events[0].Description, StringComparison.Ordinal);
        Assert.Contains(LastStep, events[^1].Description, StringComparison.Ordinal);
    }
}
