using Lantern.Web.Platform.Hosting;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Hosting;

/// <summary>Warm-ups run beside the database's preparation, and nothing is served until all of them are done.</summary>
public sealed class StartUpTests
{
    [Fact]
    public async Task FailingWarmUp_StopsStartUp_NoRequestServed()
    {
        await using var app = new LanternAppFactory();
        await using var failing = app.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddSingleton<IWarmUp>(new FailingWarmUp())));

        var failure = Assert.ThrowsAny<Exception>(() => failing.CreateClient());

        Assert.Contains(FailingWarmUp.Message, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowWarmUp_FinishesBeforeTheFirstRequest()
    {
        var slow = new SlowWarmUp();
        await using var app = new LanternAppFactory();
        await using var withSlow = app.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<IWarmUp>(slow)));

        var response = await withSlow.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.True(slow.Finished);
        Assert.True(response.IsSuccessStatusCode);
    }

    private sealed class FailingWarmUp : IWarmUp
    {
        public const string Message = "warm-up content is broken";

        public Task WarmUpAsync(CancellationToken ct) => throw new InvalidOperationException(Message);
    }

    private sealed class SlowWarmUp : IWarmUp
    {
        public bool Finished { get; private set; }

        public async Task WarmUpAsync(CancellationToken ct)
        {
            await Task.Delay(300, ct);
            Finished = true;
        }
    }
}
