using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Offline;

/// <summary>
/// What a page that cannot be reached without a connection shows instead: the service worker (wwwroot/sw.js) keeps a
/// copy of this page, fetched signed out so it holds nobody's data, and answers a failed navigation with it. It says
/// plainly that the device is offline and links the crisis page, which is kept too.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
