using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.MyData;

/// <summary>Links to the CSV downloads; the files come from the export API, which the signed-in browser can call.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
