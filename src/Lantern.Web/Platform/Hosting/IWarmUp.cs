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
