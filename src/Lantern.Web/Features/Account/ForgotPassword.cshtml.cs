using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ForgotPasswordModel(ForgotPasswordHandler handler) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await handler.HandleAsync(new ForgotPasswordRequest(Email), ct);
        Sent = true;
        return Page();
    }
}
