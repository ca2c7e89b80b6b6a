using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Platform.Sessions;

/// <summary>Ends sessions server-side. A deleted session row makes its cookie worthless on its next request.</summary>
public sealed class SessionRevoker(
    LanternDbContext db,
    SignInManager<LanternUser> signIn,
    IHttpContextAccessor http,
    IAuthenticationSchemeProvider schemes,
    ILogger<SessionRevoker> logger)
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

    /// <summary>
    /// After a credential change: ends every session of the user, this one included, and signs this
    /// client in again with a brand-new session, so the cookie it held before stops working too.
    /// </summary>
    public async Task EndAllAndSignInAgainAsync(LanternUser user, string reason, CancellationToken ct)
    {
        await EndAllAsync(user.Id, keep: null, reason, ct);

        // The request's own cookie handler remembers the session key it authenticated with and, on
        // sign-in, would "renew" that (now deleted) session. A fresh handler has no key, so it stores a
        // new session and writes a cookie for it.
        var context = http.HttpContext ?? throw new InvalidOperationException("No HTTP request to sign in.");
        var handler = await new AuthenticationHandlerProvider(schemes).GetHandlerAsync(context, IdentityConstants.ApplicationScheme)
            as IAuthenticationSignInHandler ?? throw new InvalidOperationException("The application cookie scheme cannot sign in.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        await handler.SignInAsync(principal, new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>Ends one of the user's own sessions; false when no such session belongs to them.</summary>
    public async Task<bool> EndOneAsync(Guid userId, Guid sessionId, CancellationToken ct) =>
        await db.UserSessions.Where(s => s.UserId == userId && s.Id == sessionId).ExecuteDeleteAsync(ct) > 0;
}
