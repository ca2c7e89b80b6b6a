namespace Lantern.Web.Features.Sessions;

/// <summary>
/// What the session use cases (plan, start, finish, cancel) share: the one allowed step between two states, and the
/// save that ends each change in one unit of work.
/// </summary>
internal static class SessionChanges
{
    /// <summary>
    /// Whether <paramref name="session"/> moves from <paramref name="from"/> to <paramref name="to"/>: false when it is
    /// already there (nothing to do), a 409 naming the state when it is anywhere else.
    /// </summary>
    public static bool Moves(DosingSession session, SessionState from, SessionState to)
    {
        if (session.State == to)
        {
            return false;
        }

        if (session.State != from)
        {
            throw SessionConflicts.Refused("state",
                $"This session is {SessionCodes.StateLabel(session.State).ToLowerInvariant()}; it can't be {SessionCodes.ToCode(to)} now.");
        }

        return true;
    }

    /// <summary>Puts the session in <paramref name="state"/> and logs the step.</summary>
    public static void MoveTo(DosingSession session, SessionState state, ILogger logger)
    {
        session.State = state;
        SessionsLog.SessionStateChanged(logger, session.Id, SessionCodes.ToCode(state));
    }

    /// <summary>Saves everything the change staged, and answers with the session as it now is.</summary>
    public static async Task<SessionSaved> SaveAsync(LanternDbContext db, SessionBundle bundle, DateTimeOffset now, string? message, CancellationToken ct)
    {
        bundle.Session.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new SessionSaved(SessionView.ToResponse(bundle, now), SafetyResponse.None, message);
    }
}
