using System.Security.Claims;

namespace Lantern.Web.Platform.Identity;

/// <summary>Claim types Lantern puts in the session ticket. Identity data only; never health data.</summary>
public static class LanternClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string Role = "lantern:role";

    public static Guid? GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(UserId), out var id) ? id : null;

    /// <summary>The id of the server-side session this ticket belongs to (see DatabaseTicketStore).</summary>
    public const string SessionId = "lantern:sid";
}
