namespace Lantern.Web.Platform.Hosting;

/// <summary>
/// Work a feature must finish before Lantern serves its first request (building an index, checking content), so a
/// fault stops start-up instead of a visitor's request. Every warm-up runs alongside the database's preparation
/// (<see cref="StartUp.PrepareAsync"/>): on two cores the slow parts of start-up overlap instead of queueing.
/// </summary>
public interface IWarmUp
{
    Task WarmUpAsync(CancellationToken ct);
}

/// <summary>
/// Start-up work that reads or writes the database (a secret made on first start): it runs as soon as the database is
/// migrated and checked, still before the first request, and beside any <see cref="IWarmUp"/> not finished yet.
/// </summary>
public interface IDatabaseWarmUp
{
    Task WarmUpAsync(CancellationToken ct);
}
