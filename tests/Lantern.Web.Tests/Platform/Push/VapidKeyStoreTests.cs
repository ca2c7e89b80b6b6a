using System.Buffers.Text;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Push;
using Lantern.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Platform.Push;

/// <summary>
/// The VAPID key pair (issue 16) is made once, on first start, and kept with the data: the same after a restart and
/// for every instance on the database, even two starting at the same moment (the first stored wins). On SQLite a
/// second instance is the same installation started again (same data directory: database file and keys); on
/// PostgreSQL each instance has its own data directory and shares only the database, as in production.
/// </summary>
public sealed class VapidKeyStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstStart_MakesAndStoresOneProtectedPair_ARestartReadsTheSamePair()
    {
        await using var data = TestDatabase.Create();
        VapidKeys first;
        await using (var app = AppOn(data))
        {
            await app.InitializeAsync();
            // Made before the first request: start-up's warm-up stored it.
            var stored = Assert.Single(await SecretsAsync(app));
            first = await KeysOf(app);
            Assert.Equal(VapidKeyStore.SecretName, stored.Name);
            Assert.Equal(app.Time.GetUtcNow(), stored.CreatedAt);
            Assert.DoesNotContain(first.PrivateKey, stored.Value, StringComparison.Ordinal);
            Assert.DoesNotContain(first.PublicKey, stored.Value, StringComparison.Ordinal);
            Assert.Equal(65, Base64Url.DecodeFromChars(first.PublicKey).Length);
            Assert.Equal(32, Base64Url.DecodeFromChars(first.PrivateKey).Length);
        }

        await using var restarted = AppOn(data);
        await restarted.InitializeAsync();

        Assert.Equal(first, await KeysOf(restarted));
        Assert.Single(await SecretsAsync(restarted));
    }

    [Fact]
    public async Task TwoInstancesStartingTogether_OnANewDatabase_ShareTheOnePairStoredFirst()
    {
        await using var data = TestDatabase.Create();
        await using var one = AppOn(data);
        await using var two = AppOn(data);

        await Task.WhenAll(Task.Run(() => one.InitializeAsync().AsTask(), Ct), Task.Run(() => two.InitializeAsync().AsTask(), Ct));

        Assert.Equal(await KeysOf(one), await KeysOf(two));
        Assert.Single(await SecretsAsync(one));
        Assert.Equal(1, new[] { one, two }.Sum(app => app.Logs.GetSnapshot().Count(r => r.Id.Id == 1400))); // "made and stored": once
        Assert.DoesNotContain(new[] { one, two }.SelectMany(app => app.Logs.GetSnapshot()), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    /// <summary>An app on <paramref name="data"/>'s database; on SQLite also its data directory, where the file and the keys are.</summary>
    private static AppOnDatabase AppOn(TestDatabase data)
    {
        var app = new AppOnDatabase(TestDatabase.Create(migrated: false));
        if (data.IsPostgres)
        {
            app.With("ConnectionStrings:Lantern", data.ConnectionString);
        }
        else
        {
            app.With("Lantern:DataDirectory", data.DataDirectory);
        }

        return app;
    }

    private static Task<VapidKeys> KeysOf(AppOnDatabase app) => app.Services.GetRequiredService<VapidKeyStore>().GetAsync(Ct);

    private static async Task<List<ServerSecret>> SecretsAsync(AppOnDatabase app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<LanternDbContext>>().CreateDbContextAsync(Ct);
        return await db.Set<ServerSecret>().AsNoTracking().ToListAsync(Ct);
    }
}
