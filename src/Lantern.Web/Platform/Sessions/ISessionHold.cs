namespace Lantern.Web.Platform.Sessions;

/// <summary>
/// Something a person can be in the middle of for longer than the idle limit without touching Lantern, such as a
/// dosing day during which a support person logs the checks on their own phone. A feature implements it; a page of that
/// feature earns the hold for the sign-in it is shown on (<see cref="SessionHolds.EarnAsync"/>), and only then is the hold
/// asked before that sign-in ends for being idle. The absolute lifetime is never extended.
/// </summary>
public interface ISessionHold
{
    /// <summary>A short, stable name, stored with the sign-in that earned the hold.</summary>
    string Name { get; }

    /// <summary>
    /// The end of the activity the person is in now (its expected end, not "for ever"), or null when none is in progress.
    /// The sign-in may stay idle until then, and then for the usual idle limit. Called only for a sign-in that earned the
    /// hold and has passed its idle limit, so it may read the database.
    /// </summary>
    Task<DateTimeOffset?> HeldUntilAsync(Guid userId, DateTimeOffset now, CancellationToken ct);
}
