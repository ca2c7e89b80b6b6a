namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>Cancels a planned session, or plans a cancelled one again.</summary>
public sealed class CancelSessionHandler(
    LanternDbContext db,
    SessionReader reader,
    TimeProvider time,
    ILogger<CancelSessionHandler> logger)
{
    public Task<SessionSaved> HandleAsync(Guid id, CancellationToken ct) => SaveAsync(id, Cancel, ct);

    /// <summary>Undoes a cancellation: the session is planned again.</summary>
    public Task<SessionSaved> ReopenAsync(Guid id, CancellationToken ct) => SaveAsync(id, Reopen, ct);

    /// <summary>Cancels the session; null when it was already cancelled.</summary>
    internal string? Cancel(DosingSession session) =>
        Move(session, SessionState.Planned, SessionState.Cancelled, "Session cancelled.");

    /// <summary>Plans the cancelled session again; null when it was already planned.</summary>
    internal string? Reopen(DosingSession session) =>
        Move(session, SessionState.Cancelled, SessionState.Planned, "Session planned again.");

    private string? Move(DosingSession session, SessionState from, SessionState to, string message)
    {
        if (!SessionChanges.Moves(session, from, to))
        {
            return null;
        }

        SessionChanges.MoveTo(session, to, logger);
        return message;
    }

    private async Task<SessionSaved> SaveAsync(Guid id, Func<DosingSession, string?> change, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(id, ct);
        var now = time.GetUtcNow();
        var message = change(bundle.Session);
        return await SessionChanges.SaveAsync(db, bundle, now, message, ct);
    }
}
