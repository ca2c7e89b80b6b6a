using System.Data.Common;
using System.Net;
using System.Text.Json;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Lantern.Web.Tests.Infrastructure.PatientApi;

namespace Lantern.Web.Tests.Features.Dashboard;

/// <summary>Counts every database command the app sends, to prove the dashboard's query count does not grow with history.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The real app with a <see cref="CommandCounter"/> on its DbContext.</summary>
public sealed class CountingAppFactory : LanternAppFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteLanternDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresLanternDbContext>(o => o.AddInterceptors(Commands));
        });
    }
}

/// <summary>GET /api/v1/dashboard and the dashboard page.</summary>
public sealed class DashboardApiTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    /// <summary>
    /// Session lookup, caller (role and two-factor), the patient's zone, check-ins in range, questionnaire totals,
    /// schedule and open alerts: 7 when measured, with one spare for a session refresh write. The same for one day
    /// of history or three years.
    /// </summary>
    private const int MaxDashboardCommands = 8;

    private async Task<int> CommandsForAsync(HttpClient client, string path)
    {
        await client.GetAsync(path, Ct); // warm: first-use work (model building, JIT) is not what is measured
        app.Commands.Reset();
        var response = await client.GetAsync(path, Ct);
        var count = app.Commands.Count;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return count;
    }

    [Fact]
    public async Task Dashboard_ThreeYearsOfDailyCheckIns_SameSmallNumberOfQueriesAsOneDay()
    {
        var veteran = await TestUser.CreateAsync(app);
        var newcomer = await TestUser.CreateAsync(app);
        var today = new DateOnly(2026, 11, 26);
        await DatabaseSeeds.SeedHistoryAsync(app, veteran.Id, today, days: 3 * 365 + 1);
        await DatabaseSeeds.SeedHistoryAsync(app, newcomer.Id, today, days: 1);

        var forVeteran = await CommandsForAsync(veteran.Client, "/api/v1/dashboard?range=365");
        var forNewcomer = await CommandsForAsync(newcomer.Client, "/api/v1/dashboard?range=365");
        var pageForVeteran = await CommandsForAsync(veteran.Client, "/dashboard?range=365");

        TestContext.Current.TestOutputHelper?.WriteLine($"Dashboard commands: API {forVeteran}, page {pageForVeteran}");
        Assert.Equal(forNewcomer, forVeteran);
        Assert.InRange(forVeteran, 1, MaxDashboardCommands);
        Assert.InRange(pageForVeteran, 1, MaxDashboardCommands);
        var data = await GetJsonAsync(veteran.Client, "/api/v1/dashboard?range=365");
        Assert.Equal("week", data.GetProperty("daily").GetProperty("grouping").GetString());
        Assert.Equal(365, data.GetProperty("daily").GetProperty("daysCheckedIn").GetInt32());
        Assert.InRange(data.GetProperty("daily").GetProperty("points").GetArrayLength(), 52, 54);
        Assert.Equal(79, data.GetProperty("phq9").GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task Dashboard_ShowsTodayDueAlertsAndPhq9ChangeWithConventionsAndTheirStatus()
    {
        var patient = await TestUser.CreateAsync(app);
        await patient.Client.PostAsync("/api/v1/questionnaires/phq9/responses", JsonBody(new { answers = new[] { 3, 3, 3, 2, 2, 2, 2, 2, 0 } }), Ct); // 19
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await patient.Client.PostAsync("/api/v1/questionnaires/phq9/responses", JsonBody(new { answers = new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0 } }), Ct); // 8
        await PostCheckInAsync(patient.Client, CheckIn(mood: 7, warningSigns: ["unable-to-function"]));

        var data = await GetJsonAsync(patient.Client, "/api/v1/dashboard");

        Assert.Equal(7, data.GetProperty("todayCheckIn").GetProperty("mood").GetInt32());
        Assert.Single(data.GetProperty("openAlerts").EnumerateArray());
        var due = data.GetProperty("due").EnumerateArray().ToDictionary(d => d.GetProperty("instrument").GetString()!, d => d.GetProperty("isDue").GetBoolean());
        Assert.False(due["phq9"]);
        Assert.True(due["gad7"]);
        var phq9 = data.GetProperty("phq9");
        Assert.Equal(19, phq9.GetProperty("baseline").GetProperty("total").GetInt32());
        var change = phq9.GetProperty("change");
        Assert.Equal(-57.9m, change.GetProperty("percentChange").GetDecimal());
        Assert.True(change.GetProperty("response").GetProperty("met").GetBoolean());
        Assert.Equal("secondary", change.GetProperty("response").GetProperty("status").GetString());
        Assert.False(change.GetProperty("remission").GetProperty("met").GetBoolean());
        Assert.Equal("convention-not-verified", change.GetProperty("remission").GetProperty("status").GetString());
        Assert.StartsWith("PHQ-9 fell from 19 on 26 November 2026 to 8 on 26 November 2026 — a 57.9 % drop.", phq9.GetProperty("summary").GetString());
        Assert.True(phq9.GetProperty("points")[1].GetProperty("meetsResponse").GetBoolean());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("gad7").GetProperty("change").ValueKind);
        Assert.Contains("no checked definition", data.GetProperty("gad7").GetProperty("conventionsNote").GetString());
    }

    [Fact]
    public async Task Dashboard_BadRange_Returns400Range_PageFallsBackTo30Days()
    {
        var patient = await TestUser.CreateAsync(app);

        Assert.Contains("range", await HttpAssertions.ProblemFieldsAsync(await patient.Client.GetAsync("/api/v1/dashboard?range=7", Ct)));
        Assert.Equal(HttpStatusCode.OK, (await patient.Client.GetAsync("/dashboard?range=7", Ct)).StatusCode);
    }

    [Fact]
    public async Task DashboardPage_RendersAccessibleSvgChartsWithSummaryAndTable_AndNoInlineStyle()
    {
        var patient = await TestUser.CreateAsync(app);
        await DatabaseSeeds.SeedHistoryAsync(app, patient.Id, new DateOnly(2026, 11, 26), days: 40);

        var html = await (await patient.Client.GetAsync("/dashboard?range=30", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-narrow\"", html);
        Assert.Contains("role=\"img\" aria-labelledby=\"mood-anxiety-wide-title mood-anxiety-wide-desc\"", html);
        Assert.Contains("<title id=\"phq9-wide-title\">PHQ-9 totals over time</title>", html);
        Assert.Contains("Check-ins on 30 of the last 30 days.", html);
        Assert.Contains("<summary>Show the check-in numbers as a table</summary>", html);
        Assert.Contains("class=\"band band-0\"", html);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?i)<script(?![^>]*\bsrc=)", html);
    }

    private static StringContent JsonBody(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
