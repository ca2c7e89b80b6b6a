using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

/// <summary>SEC-22: personal data typed by people never reaches a log line.</summary>
public sealed class LoggingCanaryTests(LanternAppFactory app) : IClassFixture<LanternAppFactory>
{
    [Fact]
    public async Task SignUpAndSignIn_WithCanaries_NoCanaryInAnyLogRecord()
    {
        const string emailCanary = "canary-mail-7f3a";
        const string passwordCanary = "canary pass 9m1y phrase";
        const string nameCanary = "Canary Name 4t2z";
        var email = $"{emailCanary}@example.org";
        var user = await TestUser.CreateAsync(app, email: email, password: passwordCanary, displayName: nameCanary);
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = passwordCanary }, TestContext.Current.CancellationToken);
        await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = passwordCanary + " wrong" }, TestContext.Current.CancellationToken);
        await client.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email }, TestContext.Current.CancellationToken);
        await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password = "short", displayName = nameCanary, timeZone = "Nowhere", role = "patient" }, TestContext.Current.CancellationToken);

        var records = app.Logs.GetSnapshot();

        Assert.NotEmpty(records);
        Assert.Contains(records, r => r.Message.Contains(user.Id.ToString(), StringComparison.Ordinal));
        LogCanaries.AssertNoneIn(records, emailCanary, "canary pass", "9m1y", nameCanary, "4t2z");
    }
}
