using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Tests.Infrastructure;

namespace Lantern.Web.Tests.Security;

public sealed class LowIpLimitApp : LanternAppFactory
{
    public LowIpLimitApp() => With("RateLimits:AuthPerIpPerMinute", "4");
}

public sealed class LowAccountLimitApp : LanternAppFactory
{
    public LowAccountLimitApp() => With("RateLimits:SignInPerAccountPer15Minutes", "3");
}

/// <summary>SEC-14: too many attempts get 429 with Retry-After, per IP and per account.</summary>
public sealed class IpRateLimitTests(LowIpLimitApp app) : IClassFixture<LowIpLimitApp>
{
    [Fact]
    public async Task SignIn_MoreThanLimitFromOneIp_Returns429WithRetryAfter()
    {
        var client = app.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"x{i}@example.org", password = "whatever it is" }, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class AccountRateLimitTests(LowAccountLimitApp app) : IClassFixture<LowAccountLimitApp>
{
    [Fact]
    public async Task SignIn_MoreThanLimitForOneAccount_Returns429EvenFromFreshClients()
    {
        var email = $"target-{Guid.NewGuid():N}@example.org";
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "guess number " + i }, TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
    }

    [Fact]
    public async Task SignIn_OtherAccount_IsNotLimitedBySomeoneElsesAttempts()
    {
        var victim = $"victim-{Guid.NewGuid():N}@example.org";
        for (var i = 0; i < 4; i++)
        {
            await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = victim, password = "guess " + i }, TestContext.Current.CancellationToken);
        }

        var bystander = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = $"bystander-{Guid.NewGuid():N}@example.org", password = "some guess" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, bystander.StatusCode);
    }
}
