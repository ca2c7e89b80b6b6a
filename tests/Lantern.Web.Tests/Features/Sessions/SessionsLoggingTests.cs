using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>
/// SEC-22 for ketamine sessions (hazard WS-10): no prescribed dose, provider detail, intention, check note, journal
/// or closing words reach a log line; the lines carry ids only.
/// </summary>
public sealed class SessionsLoggingTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Canaries =
    [
        "Canarydose Qx7", "Canaryclinic Vw3", "canary-contact@clinic.example", "Canaryintent Pz4",
        "Canarycheck Lm8", "Canaryjournal Rt2", "Canaryclosing Hb6",
    ];

    [Fact]
    public async Task SessionDayWithCanaries_NoCanaryInAnyLogRecord()
    {
        var user = await TestUser.CreateAsync(app);
        var course = await SessionsApi.CreateCourseAsync(user, new
        {
            route = "at-home-lozenges",
            providerName = "Canaryclinic Vw3",
            providerPhone = SessionsApi.ProviderPhone,
            providerContact = "canary-contact@clinic.example",
            prescribedDose = "Canarydose Qx7",
            sessions = new[] { new { date = "2026-11-26", time = "10:00" } },
        });
        var id = SessionsApi.FirstSessionId(course);
        (await SessionsApi.PutSessionAsync(user.Client, id, new { intention = "Canaryintent Pz4" })).EnsureSuccessStatusCode();
        await SessionsApi.StartAsync(user, id, minutesAgo: 20);
        (await SessionsApi.PostCheckAsync(user.Client, id, note: "Canarycheck Lm8")).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync($"/api/v1/sessions/{id}/journal", new { whatCameUp = "Canaryjournal Rt2" }, Ct)).EnsureSuccessStatusCode();
        await SessionsApi.PutSessionAsync(user.Client, id, new { closingNote = "Canaryclosing Hb6" });
        await user.Client.GetAsync($"/sessions/{id}/day", Ct);
        await user.Client.GetAsync("/sessions/look-back", Ct);

        var records = app.Logs.GetSnapshot();

        Assert.Contains(records, r => r.Message.Contains(id.ToString(), StringComparison.Ordinal));
        LogCanaries.AssertNoneIn(records, Canaries);
    }
}
