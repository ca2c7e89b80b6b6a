using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Sessions;

/// <summary>
/// Decides whether a session has ended (idle or absolute limit), letting an earned <see cref="ISessionHold"/> stretch
/// only the idle limit, and records which holds a sign-in has earned. The earned names travel inside the stored ticket
/// (<see cref="HoldsItem"/>), so a hold belongs to the one sign-in whose page earned it: the patient's other devices
/// keep the ordinary idle limit.
/// </summary>
public sealed class SessionHolds(
    IEnumerable<ISessionHold> holds,
    LanternDbContext db,
    IHttpContextAccessor http,
    IOptions<SessionLifetimeOptions> options)
{
    /// <summary>The ticket property listing the holds this sign-in earned, comma-separated.</summary>
    public const string HoldsItem = ".lantern.holds";

    private readonly SessionLifetimeOptions _options = options.Value;

    /// <summary>True when the session is inside both limits without needing any hold: the common case, decided without I/O.</summary>
    public static bool IsWithinLimits(UserSession session, DateTimeOffset now, SessionLifetimeOptions options) =>
        now - session.CreatedAt <= options.AbsoluteLifetime && now - session.LastSeenAt <= options.IdleTimeout;

    /// <summary>True when the session is over: past the absolute lifetime, or idle for longer than the limit and any earned hold.</summary>
    public async Task<bool> HasEndedAsync(UserSession session, DateTimeOffset now, CancellationToken ct)
    {
        if (now - session.CreatedAt > _options.AbsoluteLifetime)
        {
            return true;
        }

        if (now - session.LastSeenAt <= _options.IdleTimeout)
        {
            return false;
        }

        var heldUntil = await HeldUntilAsync(session, now, ct);
        return heldUntil is not { } until || now - until > _options.IdleTimeout;
    }

    /// <summary>
    /// Marks the current request's sign-in as having earned the hold named <paramref name="name"/>. Idempotent; a request
    /// without a server-side session (none signed in) earns nothing.
    /// </summary>
    public async Task EarnAsync(string name, CancellationToken ct)
    {
        if (!Guid.TryParse(http.HttpContext?.User.FindFirst(LanternClaims.SessionId)?.Value, out var sessionId))
        {
            return;
        }

        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            return;
        }

        var ticket = TicketSerializer.Default.Deserialize(session.Ticket);
        var earned = Earned(ticket);
        if (ticket is null || earned.Contains(name))
        {
            return;
        }

        ticket.Properties.Items[HoldsItem] = string.Join(',', earned.Append(name));
        session.Ticket = TicketSerializer.Default.Serialize(ticket);
        await db.SaveChangesAsync(ct);
    }

    private async Task<DateTimeOffset?> HeldUntilAsync(UserSession session, DateTimeOffset now, CancellationToken ct)
    {
        var earned = Earned(TicketSerializer.Default.Deserialize(session.Ticket));
        DateTimeOffset? latest = null;
        foreach (var hold in holds.Where(h => earned.Contains(h.Name)))
        {
            if (await hold.HeldUntilAsync(session.UserId, now, ct) is { } until && (latest is null || until > latest))
            {
                latest = until;
            }
        }

        return latest;
    }

    private static string[] Earned(AuthenticationTicket? ticket) =>
        ticket?.Properties.Items.TryGetValue(HoldsItem, out var names) == true && !string.IsNullOrEmpty(names)
            ? names.Split(',', StringSplitOptions.RemoveEmptyEntries)
            : [];
}
