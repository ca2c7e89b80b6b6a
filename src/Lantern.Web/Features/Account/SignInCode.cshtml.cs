using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class SignInCodeModel(SignInWithSecondFactorHandler handler) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(Code, RecoveryCode, ct);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
        }

        Problem = "That code did not work. Check your app shows the current code, or use one of your recovery codes. If this keeps failing, start again from the sign-in page.";
        return Page();
    }
}
