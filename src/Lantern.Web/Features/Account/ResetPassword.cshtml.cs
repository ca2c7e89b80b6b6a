using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class ResetPasswordModel(ResetPasswordHandler handler) : FormPageModel
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
        Done = await TryAsync(() => handler.HandleAsync(new ResetPasswordRequest(UserId, Token, Input.NewPassword), ct));
        return Page();
    }
}
