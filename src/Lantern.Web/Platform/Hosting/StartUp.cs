namespace Lantern.Web.Platform.Hosting;

public static class StartUp
{
    /// <summary>
    /// Everything that must be true before the first request: the database migrated and checked for durability, then
    /// every <see cref="IDatabaseWarmUp"/>, and every <see cref="IWarmUp"/> done. Warm-ups that need no database run
    /// beside its preparation; the first failure stops start-up.
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken ct = default)
    {
        var work = app.Services.GetServices<IWarmUp>()
            .Select(warmUp => Task.Run(() => warmUp.WarmUpAsync(ct), ct))
            .Append(Task.Run(() => PrepareDatabaseThenItsWarmUpsAsync(app, ct), ct))
            .ToArray();
        await Task.WhenAll(work);
    }

    private static async Task PrepareDatabaseThenItsWarmUpsAsync(WebApplication app, CancellationToken ct)
    {
        await app.PrepareDatabaseAsync(ct);
        await Task.WhenAll(app.Services.GetServices<IDatabaseWarmUp>().Select(warmUp => warmUp.WarmUpAsync(ct)));
    }
}
