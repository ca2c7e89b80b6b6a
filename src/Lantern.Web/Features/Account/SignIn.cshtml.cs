using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class SignInModel(SignInWithPasswordHandler handler) : PageModel
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await handler.HandleAsync(new SignInRequest(Input.Email, Input.Password), ct);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
            case SignInOutcome.TwoFactorRequired:
                return RedirectToPage("/Account/SignInCode", new { returnUrl = LocalUrl.OrHome(ReturnUrl) });
            case SignInOutcome.EmailNotConfirmed:
                Problem = "Please confirm your e-mail address first: open the link we sent you when you signed up.";
                break;
            case SignInOutcome.Failed:
                Problem = SignInAttempts.FailedMessage;
                break;
        }

        Input.Password = null;
        return Page();
    }
}
