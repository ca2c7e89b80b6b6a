using Lantern.Web.Tests.Infrastructure;
using static Lantern.Web.Tests.Features.Pain.PainApi;

namespace Lantern.Web.Tests.Features.Pain;

/// <summary>SEC-22 for the opioid log: no opioid name, dose, MME figure or pain score reaches a log line.</summary>
public sealed class PainLoggingTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpioidLogJourney_WithCanaries_NoCanaryInAnyLogRecord()
    {
        var user = await TestUser.CreateAsync(app);
        var id = Id(await LogAsync(user, Dose("tapentadol", 123.456m, "2026-11-01")));
        await user.Client.PutAsync($"/api/v1/opioid-doses/{id}", System.Net.Http.Json.JsonContent.Create(Dose("methadone", 65.432m, "2026-11-01")), Ct);
        await user.Client.PostAsync("/api/v1/opioid-doses", System.Net.Http.Json.JsonContent.Create(Dose("oxymorphone", -7.891m, "2026-11-01")), Ct);
        await user.Client.GetAsync("/api/v1/pain/summary?from=2026-11-01&to=2026-11-26", Ct);
        await user.Client.GetAsync("/pain", Ct);
        await user.Client.DeleteAsync($"/api/v1/opioid-doses/{id}", Ct);

        var records = app.Logs.GetSnapshot();

        Assert.Contains(records, r => r.Message.Contains(id.ToString(), StringComparison.Ordinal));
        LogCanaries.AssertNoneIn(records, "123.456", "65.432", "7.891", "tapentadol", "methadone", "oxymorphone", "49.382", "307.530");
    }
}
