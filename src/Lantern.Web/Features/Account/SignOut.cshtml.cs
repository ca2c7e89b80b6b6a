using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Account;

/// <summary>GET shows a button (a link must never sign anyone out); POST signs out.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignOutHandler handler) : PageModel
{
    public bool SignedOut { get; private set; }

    public void OnGet() => SignedOut = User.Identity?.IsAuthenticated != true;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await handler.HandleAsync(ct);
        return RedirectToPage("/Account/SignOut");
    }
}
