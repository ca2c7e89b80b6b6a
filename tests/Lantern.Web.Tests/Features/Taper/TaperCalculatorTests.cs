using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>POST /api/v1/calculators/taper: an anonymous preview that plans with the clinical library and stores nothing.</summary>
public sealed class TaperCalculatorTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Preview_Anonymous_ReturnsNiceProportionalSequenceWithWarningsAndSources()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new
        {
            drug = "citalopram", currentDoseMg = 20, method = "proportional", stepPercent = 50, intervalDays = 28, startDate = "2027-01-04", finalDoseMg = 1.25,
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssertions.ReadJsonAsync(response);
        var steps = body.GetProperty("steps").EnumerateArray().ToArray();
        // NICE NG222 1.4.17's 50 % example: 20 -> 10 -> 5 -> 2.5 -> 1.25, then stop.
        Assert.Equal([10m, 5m, 2.5m, 1.25m, 0m], steps.Select(s => s.GetProperty("doseMg").GetDecimal()));
        Assert.Equal("2027-01-04", steps[0].GetProperty("date").GetString());
        Assert.Equal("2027-02-01", steps[1].GetProperty("date").GetString());
        Assert.False(steps[0].TryGetProperty("occupancyPercent", out _));
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "not-a-prescription");
        Assert.Contains(body.GetProperty("sources").EnumerateArray(), s => s.GetProperty("key").GetString() == "NiceNg222");
        Assert.Contains("prescriber", body.GetProperty("forDiscussionWithPrescriber").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Occupancy_EveryStepHasOccupancyAndTheSetSaysSecondary()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new
        {
            drug = "citalopram", currentDoseMg = 20, method = "occupancy", startDate = "2027-01-04",
        }, Ct);

        var body = await HttpAssertions.ReadJsonAsync(response);
        var occupancy = body.GetProperty("occupancy");
        Assert.Equal("secondary", occupancy.GetProperty("status").GetString());
        Assert.Contains("secondary source", occupancy.GetProperty("statusLabel").GetString(), StringComparison.Ordinal);
        Assert.NotNull(occupancy.GetProperty("conflict").GetString());
        // clinical.md §1.6 B (DERIVED): 10-point drops from 75.22 % give 8.10 mg first.
        var first = body.GetProperty("steps")[0];
        Assert.Equal(65.22m, first.GetProperty("occupancyPercent").GetDecimal());
        Assert.Equal(8.1m, Math.Round(first.GetProperty("doseMg").GetDecimal(), 2));
        Assert.All(body.GetProperty("steps").EnumerateArray(), s => Assert.True(s.TryGetProperty("occupancyPercent", out _)));
    }

    [Fact]
    public async Task Preview_BenzodiazepineTargetDateTooSoon_SaysSoWithEarliestSafeDate()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new
        {
            drug = "diazepam", currentDoseMg = 20, method = "benzodiazepine", startDate = "2027-01-04", finalDoseMg = 5, targetDate = "2027-01-25",
        }, Ct);

        var body = await HttpAssertions.ReadJsonAsync(response);
        var target = body.GetProperty("targetDate");
        Assert.Equal("breaks-asam-limit", target.GetProperty("feasibility").GetString());
        Assert.Contains("not a safe target date", target.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(DateOnly.Parse(target.GetProperty("earliestDateWithinAsamLimit").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > new DateOnly(2027, 1, 25));
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "target-date-breaks-asam-limit");
    }

    [Theory]
    [InlineData("currentDoseMg", 0, 10, 28, "sertraline", null)]
    [InlineData("currentDoseMg", -5, 10, 28, "sertraline", null)]
    [InlineData("stepPercent", 50, 4, 28, "sertraline", null)]
    [InlineData("stepPercent", 50, 51, 28, "sertraline", null)]
    [InlineData("intervalDays", 50, 10, 6, "sertraline", null)]
    [InlineData("intervalDays", 50, 10, 91, "sertraline", null)]
    [InlineData("drug", 50, 10, 28, "notamedicine", null)]
    [InlineData("formulation", 50, 10, 28, "sertraline", "oral-drops-40-mg-per-ml")]
    public async Task Preview_BadInput_Returns400NamingTheField(string field, decimal dose, decimal percent, int interval, string drug, string? formulation)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new
        {
            drug, currentDoseMg = dose, stepPercent = percent, intervalDays = interval, startDate = "2027-01-04", formulation,
        }, Ct);

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Preview_SeveralProblems_NamesEveryField()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new
        {
            drug = "sertraline", currentDoseMg = 0, stepPercent = 60, intervalDays = 3,
        }, Ct);

        Assert.Equal(["currentDoseMg", "intervalDays", "startDate", "stepPercent"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Preview_StartDateYearsAway_Returns400NamingStartDate()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new
        {
            drug = "sertraline", currentDoseMg = 50, startDate = "9990-01-01",
        }, Ct);

        Assert.Equal(["startDate"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Preview_StoresNothing()
    {
        var before = await CountTaperRowsAsync();

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/calculators/taper", new { drug = "sertraline", currentDoseMg = 50, startDate = "2027-01-04" }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await CountTaperRowsAsync());
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryTaperRoute()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        foreach (var path in new[]
        {
            "/api/v1/calculators/taper", "/api/v1/medications", "/api/v1/medications/{id}", "/api/v1/tapers", "/api/v1/tapers/{id}",
            "/api/v1/tapers/{id}/events", "/api/v1/tapers/{id}/journal", "/api/v1/tapers/{id}/plan.pdf", "/api/v1/tapers/{id}/calendar.ics",
            "/api/v1/tapers/{id}/schedule.csv",
        })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }

    private async Task<int> CountTaperRowsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
        return await db.Set<Lantern.Web.Features.Taper.TaperPlan>().CountAsync(Ct)
            + await db.Set<Lantern.Web.Features.Taper.Medication>().CountAsync(Ct)
            + await db.AuditEvents.CountAsync(Ct);
    }
}
