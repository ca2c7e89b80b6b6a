using System.Net;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Platform.Hosting;

public sealed class HealthEndpointsTests(SharedApp app)
{
    [Fact]
    public async Task Live_Anonymous_Returns200()
    {
        var response = await app.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_DatabaseReachable_Returns200()
    {
        var response = await app.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_ListsAuthEndpoints()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/auth/login", json, StringComparison.Ordinal);
        Assert.Contains("/api/v1/me", json, StringComparison.Ordinal);
    }
}
