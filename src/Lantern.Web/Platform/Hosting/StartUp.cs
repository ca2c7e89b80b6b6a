namespace Lantern.Web.Platform.Hosting;

public static class StartUp
{
    /// <summary>
    /// Everything that must be true before the first request: the database migrated and checked for durability, and
    /// every <see cref="IWarmUp"/> done. They run side by side; the first failure stops start-up.
    /// </summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken ct = default)
    {
        var work = app.Services.GetServices<IWarmUp>()
            .Select(warmUp => Task.Run(() => warmUp.WarmUpAsync(ct), ct))
            .Append(Task.Run(() => app.PrepareDatabaseAsync(ct), ct))
            .ToArray();
        await Task.WhenAll(work);
    }
}
