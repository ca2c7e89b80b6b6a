using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Auth)]
public sealed class SignUpModel(SignUpHandler handler) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Password { get; set; }
        public string? TimeZone { get; set; } = "America/New_York";
        public string? Role { get; set; } = "patient";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where to go once the account is confirmed (an invitation), kept through the e-mailed link.</summary>
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await handler.HandleAsync(new SignUpRequest(Input.Email, Input.Password, Input.DisplayName, Input.TimeZone, Input.Role), ct,
                LocalUrl.IsLocal(ReturnUrl) ? ReturnUrl : null);
            return RedirectToPage("/Account/CheckEmail");
        }, onRefused: () =>
        {
            Input.Password = null;
            return Task.CompletedTask;
        });
    }
}
