namespace Lantern.Web.Platform.Hosting;

/// <summary>
/// A background job that runs one round every <see cref="Interval"/> on every instance, each round in a service scope
/// of its own. Jobs that must act once across instances make each round safe to run everywhere at once (claims in the
/// database); this class only decides when rounds run.
/// </summary>
/// <remarks>
/// A fresh delay after each round rather than a <see cref="PeriodicTimer"/>: when the clock jumps (a laptop waking, a VM
/// resumed, a test moving a fake clock by months) a periodic timer fires once per missed period, back to back; one round
/// after the jump is all that is needed, because a round does everything pending. A failed round (the database or the
/// mail server away) is reported to <see cref="RoundFailed"/> and does not stop the job.
/// </remarks>
public abstract class RoundWorker(IServiceScopeFactory scopes, TimeProvider time) : BackgroundService
{
    /// <summary>How long to wait before each round; <see cref="TimeSpan.Zero"/> turns the job off.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One round, in its own scope.</summary>
    protected abstract Task RunRoundAsync(IServiceProvider services, CancellationToken ct);

    /// <summary>Called with a round's failure; the next round runs as usual.</summary>
    protected abstract void RoundFailed(Exception failure);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        if (interval == TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunRoundAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                RoundFailed(failure);
            }
        }
    }
}
