using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>The load script's anonymous hello exists only when the process is started with the bench flag.</summary>
public sealed class BenchHelloTests
{
    [Fact]
    public async Task BenchHello_WithoutTheFlag_IsNotARoute()
    {
        await using var app = new LanternAppFactory();

        Assert.DoesNotContain(EndpointInventory.Read(app.Services), r => r.Pattern.StartsWith("/bench/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/bench/hello", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/bench/stats", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task BenchHello_WithTheFlag_AnswersAnonymouslyWithSecurityHeaders()
    {
        await using var app = new LanternAppFactory().With("Bench:HelloEndpoint", "true");

        var response = await app.CreateClient().GetAsync("/bench/hello", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task BenchStats_WithTheFlag_GivesProcessCountersOnly()
    {
        await using var app = new LanternAppFactory().With("Bench:HelloEndpoint", "true");

        var response = await app.CreateClient().GetAsync("/bench/stats", TestContext.Current.CancellationToken);
        var json = await HttpAssertions.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(json.GetProperty("allocatedBytes").GetInt64() > 0);
        Assert.Equal(["allocatedBytes", "cpuMilliseconds", "workingSetBytes", "gen0Collections", "gen2Collections"],
            json.EnumerateObject().Select(p => p.Name).ToArray());
    }
}
