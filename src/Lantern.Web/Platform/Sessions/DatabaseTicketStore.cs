using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Platform.Sessions;

/// <summary>
/// Keeps authentication tickets in the database so sessions can be listed, ended, and expire on the
/// server's clock: idle timeout and absolute lifetime are enforced here on every request (<see cref="SessionHolds"/> decides).
/// The database stays the source of truth on every request, so an ended session is refused at once on every instance
/// (ADR 0010). What makes that cheap: a context rented from the pool without a service scope and one compiled
/// primary-key query; a scope is built only on the rare path where an idle session may be held open.
/// </summary>
public sealed class DatabaseTicketStore(
    IDbContextFactory<LanternDbContext> contexts,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<SessionLifetimeOptions> options) : ITicketStore
{
    private static readonly Func<LanternDbContext, Guid, CancellationToken, Task<UserSession?>> FindSession =
        EF.CompileAsyncQuery((LanternDbContext db, Guid id, CancellationToken ct) => db.UserSessions.AsNoTracking().FirstOrDefault(s => s.Id == id));

    private readonly SessionLifetimeOptions _options = options.Value;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreAsync(ticket, null!, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(ticket.Principal.FindFirst(Identity.LanternClaims.UserId)!.Value);
        var now = time.GetUtcNow();
        var sessionId = Guid.CreateVersion7();
        // The cookie handler's own session-id claim lives only in the cookie, not in the stored ticket;
        // ours travels with the ticket so a request knows which session it is ("this device").
        if (ticket.Principal.Identity is System.Security.Claims.ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(Identity.LanternClaims.SessionId, sessionId.ToString()));
        }

        var session = new UserSession
        {
            Id = sessionId,
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ClientDescription = ClientDescriber.Describe(httpContext?.Request.Headers.UserAgent.ToString()),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id.ToString();
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        await db.UserSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await FindSession(db, id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (await HasEndedAsync(session, now, cancellationToken))
        {
            await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        if (now - session.LastSeenAt >= _options.TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.UserSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<bool> HasEndedAsync(UserSession session, DateTimeOffset now, CancellationToken ct)
    {
        if (SessionHolds.IsWithinLimits(session, now, _options))
        {
            return false;
        }

        // Past the idle limit (or the absolute one): the holds decide, and they need a request-like scope.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionHolds>().HasEndedAsync(session, now, ct);
    }
}
