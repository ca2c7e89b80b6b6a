using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Features.Account;

/// <summary>
/// Ends this session on the server (the session row is deleted, so the old cookie is worthless) and
/// asks the browser to clear what it kept for Lantern (ASVS 14.3.1).
/// </summary>
public sealed class SignOutHandler(SignInManager<LanternUser> signIn, ICurrentUser currentUser, AuditLog audit, IHttpContextAccessor http)
{
    public async Task HandleAsync(CancellationToken ct)
    {
        var userId = currentUser.UserId;
        await signIn.SignOutAsync();
        if (userId is { } id)
        {
            audit.RecordAccount(AuditAction.SignOut, id, AuditOutcome.Success);
        }

        http.HttpContext?.Response.Headers.Append("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    }
}
