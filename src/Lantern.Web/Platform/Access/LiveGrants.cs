using System.Linq.Expressions;

namespace Lantern.Web.Platform.Access;

/// <summary>
/// The one rule for which care-team grants count right now. A grant is live until it is revoked or its end passes; a
/// live grant opens a patient's records only to a grantee with two-step sign-in on (<see cref="InForce"/>). The
/// chokepoint, the care-team lists, support-person choices and alert e-mails all ask here.
/// </summary>
public static class LiveGrants
{
    /// <summary>Not revoked, and not past its end, at <paramref name="now"/>.</summary>
    public static Expression<Func<CareGrant, bool>> LiveAt(DateTimeOffset now) =>
        g => g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > now);

    /// <summary>The grants that are live at <paramref name="now"/>, whether or not the grantee can use them yet.</summary>
    public static IQueryable<CareGrant> Live(this IQueryable<CareGrant> grants, DateTimeOffset now) => grants.Where(LiveAt(now));

    /// <summary>
    /// The grants that open records at <paramref name="now"/>: live, covering every scope in <paramref name="scopes"/>,
    /// to a grantee with two-step sign-in on.
    /// </summary>
    public static IQueryable<CareGrant> InForce(this LanternDbContext db, DateTimeOffset now, AccessScope scopes = AccessScope.None) =>
        db.CareGrants.Live(now)
            .Where(g => (g.Scopes & scopes) == scopes)
            .Where(g => db.Users.Any(u => u.Id == g.GranteeId && u.TwoFactorEnabled));
}
