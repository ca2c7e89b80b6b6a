using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Taper;

/// <summary>SEC-22 for the taper feature: doses, medicine names and journal words never reach a log line.</summary>
public sealed class TaperLoggingTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TaperJourney_WithCanaries_NoCanaryInAnyLogRecord()
    {
        const string noteCanary = "canary-note-5e7f";
        const string doseCanary = "87.654";
        var user = await TestUser.CreateAsync(app);
        var plan = await TaperApi.CreatePlanAsync(user, TaperApi.SertralinePlan(new { currentDoseMg = 87.654m }));
        var id = TaperApi.Id(plan);
        await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-10-01", doseTakenMg = 80.123m });
        await TaperApi.RecordJournalAsync(user, id, new { ratings = TaperApi.Ratings((1, 2)), symptomsTolerable = false, mood = 2, note = noteCanary, thoughtsOfSuicideOrSelfHarm = true });
        await TaperApi.RecordEventAsync(user, id, new { kind = "step-taken", date = "2026-10-02", doseTakenMg = 999 });
        await user.Client.GetAsync($"/api/v1/tapers/{id}/plan.pdf", Ct);
        await user.Client.GetAsync($"/api/v1/tapers/{id}/calendar.ics", Ct);
        await user.Client.GetAsync($"/api/v1/tapers/{id}/journal", Ct);

        var records = app.Logs.GetSnapshot();

        Assert.Contains(records, r => r.Message.Contains(id.ToString(), StringComparison.Ordinal));
        LogCanaries.AssertNoneIn(records, noteCanary, doseCanary, "80.123", "sertraline", "suicid");
    }
}
