using System.Net;
using System.Text.Json;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Platform.Data;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Features.Sessions;

/// <summary>The Development demo course: five finished sessions and one to come, readable through the same API and pages.</summary>
public sealed class DemoSessionsTests(SharedApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoSeed_GivesFivePastSessionsAndOneUpcoming_ShownInTheLookBackChart_AndRunsOnce()
    {
        var patient = await TestUser.CreateAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LanternDbContext>();
            await SessionsDemoData.SeedAsync(db, patient.Id, "America/Chicago", app.Time, Ct);
            await SessionsDemoData.SeedAsync(db, patient.Id, "America/Chicago", app.Time, Ct);
        }

        var courses = await HttpAssertions.ReadJsonAsync(await patient.Client.GetAsync("/api/v1/courses", Ct));
        var timeline = await patient.Client.GetAsync("/api/v1/sessions/timeline", Ct);
        var lookBack = await patient.Client.GetAsync("/sessions/look-back", Ct);
        var html = await lookBack.Content.ReadAsStringAsync(Ct);

        var course = Assert.Single(courses.EnumerateArray());
        var states = course.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("state").GetString()).ToArray();
        Assert.Equal(5, states.Count(s => s == "finished"));
        Assert.Equal(1, states.Count(s => s == "planned"));
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        Assert.Equal(5, (await HttpAssertions.ReadJsonAsync(timeline)).GetProperty("sessions").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, lookBack.StatusCode);
        Assert.Contains("the top number at 40 minutes was on average", html, StringComparison.Ordinal);
        Assert.Contains("Call Dad this week.", html, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, course.GetProperty("preset").GetProperty("code").ValueKind);
    }
}
