using Lantern.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Platform.Sessions;

/// <summary>Ends sessions server-side. A deleted session row makes its cookie worthless on its next request.</summary>
public sealed class SessionRevoker(LanternDbContext db, ILogger<SessionRevoker> logger)
{
    /// <summary>Ends every session of the user except <paramref name="keep"/> (the one making the change, if any).</summary>
    public async Task<int> EndAllAsync(Guid userId, Guid? keep, string reason, CancellationToken ct)
    {
        var ended = await db.UserSessions
            .Where(s => s.UserId == userId && (keep == null || s.Id != keep))
            .ExecuteDeleteAsync(ct);
        Log.SessionsEnded(logger, userId, reason);
        return ended;
    }

    /// <summary>Ends one of the user's own sessions; false when no such session belongs to them.</summary>
    public async Task<bool> EndOneAsync(Guid userId, Guid sessionId, CancellationToken ct) =>
        await db.UserSessions.Where(s => s.UserId == userId && s.Id == sessionId).ExecuteDeleteAsync(ct) > 0;
}
