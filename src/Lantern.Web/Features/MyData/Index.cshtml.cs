using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.MyData;

/// <summary>What the export holds, the journals choice and the download; the file comes from the export API (a plain GET form, so it works without JavaScript).</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
