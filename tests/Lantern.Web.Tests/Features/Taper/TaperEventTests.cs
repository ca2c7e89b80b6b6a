using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>
/// POST /api/v1/tapers/{id}/events through HTTP: each event is stored and the future steps are recomputed from the dose
/// actually taken (issue 6, hold rule; hazard H-29). The plan is sertraline 100 mg, 10 % every 28 days from 1 October.
/// </summary>
public sealed class TaperEventTests(SharedApp app)
{
    [Fact]
    public async Task Hold_KeepsTheDoseAndMovesTheNextStepOneIntervalAfterTheHold()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var response = await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-01" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var plan = await HttpAssertions.ReadJsonAsync(response);
        var steps = TaperApi.Steps(plan);
        Assert.Equal(("held", "2026-10-01", 100m), Row(steps[0]));
        Assert.Equal(("planned", "2026-10-29", 90m), Row(steps[1]));
        Assert.Equal(2, plan.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task StepTakenAtADifferentDose_FutureStepsStartFromTheDoseTaken()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var plan = await HttpAssertions.ReadJsonAsync(await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-10-01", doseTakenMg = 95 }));

        var steps = TaperApi.Steps(plan);
        Assert.Equal(("taken", "2026-10-01", 95m), Row(steps[0]));
        Assert.Equal(("planned", "2026-10-29", 85.5m), Row(steps[1]));
    }

    [Fact]
    public async Task StepBack_ReturnsToThePreviousDoseAndRecomputesFromIt()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-10-01", doseTakenMg = 90 });
        await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-10-29", doseTakenMg = 81 });

        var plan = await HttpAssertions.ReadJsonAsync(await TaperApi.RecordEventAsync(user, id, new { kind = "step-back", date = "2026-11-10" }));

        var steps = TaperApi.Steps(plan);
        Assert.Equal(("stepped-back", "2026-11-10", 90m), Row(steps[2]));
        Assert.Equal(-11.11m, steps[2].GetProperty("reductionPercent").GetDecimal());
        Assert.Equal(("planned", "2026-12-08", 81m), Row(steps[3]));
        Assert.Equal(3, plan.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task SlowDown_SmallerStepsFromNowOn()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-10-01", doseTakenMg = 90 });

        var plan = await HttpAssertions.ReadJsonAsync(await TaperApi.RecordEventAsync(user, id, new { kind = "slow", date = "2026-10-20", stepPercent = 5 }));

        var proposed = TaperApi.FirstProposed(plan);
        Assert.Equal(("planned", "2026-10-29", 85.5m), Row(proposed));
        Assert.Equal(5m, plan.GetProperty("schedule").GetProperty("stepPercent").GetDecimal());
    }

    [Theory]
    [InlineData("kind", "jump", "2026-10-01", null, null)]
    [InlineData("date", "hold", "2026-11-27", null, null)]
    [InlineData("doseTakenMg", "step-taken", "2026-10-01", null, null)]
    [InlineData("doseTakenMg", "step-taken", "2026-10-01", 120.0, null)]
    [InlineData("stepPercent", "slow-down", "2026-10-01", null, 15.0)]
    [InlineData("kind", "step-back", "2026-10-01", null, null)]
    public async Task BadEvent_Returns400NamingTheFieldAndRecordsNothing(string field, string kind, string date, double? dose, double? percent)
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var response = await TaperApi.RecordEventAsync(user, id, new { kind, date, doseTakenMg = dose, stepPercent = percent });

        Assert.Equal([field], await HttpAssertions.ProblemFieldsAsync(response));
        Assert.Empty((await TaperApi.GetPlanAsync(user.Client, id)).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task EventBeforeTheLastOne_Returns400NamingDate()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-20" });

        var response = await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-10" });

        Assert.Equal(["date"], await HttpAssertions.ProblemFieldsAsync(response));
    }

    [Fact]
    public async Task Event_WithStaleVersion_Returns409AndRecordsNothing()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));
        await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-01" });

        var response = await TaperApi.RecordEventAsync(user, id, new { kind = "hold", date = "2026-10-29", version = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single((await TaperApi.GetPlanAsync(user.Client, id)).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task Event_WithoutDate_IsRecordedOnThePersonsToday()
    {
        var user = await TestUser.CreateAsync(app);
        var id = TaperApi.Id(await TaperApi.CreatePlanAsync(user));

        var plan = await HttpAssertions.ReadJsonAsync(await TaperApi.RecordEventAsync(user, id, new { kind = "hold" }));

        // The fake clock is 26 Nov 12:00 UTC, 06:00 in Chicago (the test user's zone).
        Assert.Equal("2026-11-26", plan.GetProperty("events")[0].GetProperty("date").GetString());
    }

    private static (string?, string?, decimal) Row(System.Text.Json.JsonElement step) =>
        (step.GetProperty("kind").GetString(), step.GetProperty("date").GetString(), step.GetProperty("doseMg").GetDecimal());
}
