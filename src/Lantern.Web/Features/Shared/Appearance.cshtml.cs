using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Shared;

/// <summary>The theme switch: the menu's buttons post here, and the page itself offers the same choice.</summary>
[AllowAnonymous]
public sealed class AppearanceModel : PageModel
{
    public string Current { get; private set; } = Theme.Device;

    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public void OnGet() => Current = Theme.Chosen(Request) ?? Theme.Device;

    public IActionResult OnPost(string? theme)
    {
        if (!Theme.IsKnown(theme))
        {
            // Only three buttons post here; anything else is not worth an error page.
            return RedirectToPage();
        }

        Theme.Remember(Response, theme!, Request.IsHttps);
        return LocalRedirect(Lantern.Web.Platform.Http.LocalUrl.OrHome(ReturnUrl));
    }
}
