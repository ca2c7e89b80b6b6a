using Lantern.Web.Platform.Sessions;

namespace Lantern.Web.Features.Account;

public sealed record SessionSummary(Guid Id, string Client, DateTimeOffset SignedInAt, DateTimeOffset LastActiveAt, bool IsCurrent);

/// <summary>Lists and ends the caller's own sessions (ASVS 7.5.2). Someone else's session id is simply not found.</summary>
public sealed class ActiveSessionsHandler(
    LanternDbContext db,
    ICurrentUser currentUser,
    IHttpContextAccessor http,
    SessionRevoker revoker,
    AuditLog audit,
    TimeProvider time,
    SessionHolds holds)
{
    public async Task<IReadOnlyList<SessionSummary>> ListAsync(CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        var current = CurrentSessionId();
        var now = time.GetUtcNow();
        var rows = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastSeenAt)
            .ToListAsync(ct);
        var live = new List<SessionSummary>();
        foreach (var s in rows)
        {
            if (!await holds.HasEndedAsync(s, now, ct))
            {
                live.Add(new SessionSummary(s.Id, s.ClientDescription ?? "Unknown device", s.CreatedAt, s.LastSeenAt, s.Id == current));
            }
        }

        return live;
    }

    /// <summary>Ends one of the caller's sessions; throws not-found for any id that is not theirs.</summary>
    public async Task EndAsync(Guid sessionId, CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        if (!await revoker.EndOneAsync(userId, sessionId, ct))
        {
            throw new Platform.Access.RecordNotFoundException();
        }

        audit.Record(AuditAction.SessionEnded, userId, userId, "Session", sessionId.ToString(), AuditOutcome.Success);
    }

    public async Task EndOthersAsync(CancellationToken ct)
    {
        var userId = currentUser.UserId ?? throw new UnauthorizedAccessException();
        await revoker.EndAllAsync(userId, CurrentSessionId(), "signed-out-elsewhere", ct);
        audit.Record(AuditAction.SessionEnded, userId, userId, "Session", null, AuditOutcome.Success);
    }

    private Guid? CurrentSessionId() =>
        Guid.TryParse(http.HttpContext?.User.FindFirst(LanternClaims.SessionId)?.Value, out var id) ? id : null;
}
