using Lantern.Web.Features.Shared;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ResetPasswordModel(ResetPasswordHandler handler) : PageModel
{
    public sealed class InputModel
    {
        public string? NewPassword { get; set; }
        public string? Token { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await handler.HandleAsync(new ResetPasswordRequest(UserId, Token, Input.NewPassword), ct);
            Done = true;
        }
        catch (ValidationFailedException failure)
        {
            FormErrors.AddTo(ModelState, failure);
        }

        return Page();
    }
}
