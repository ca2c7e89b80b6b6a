using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Guide;

/// <summary>The FAQ: the list of questions first, then each answer under its own anchor.</summary>
[AllowAnonymous]
public sealed class FaqModel(GuideCatalogue catalogue) : PageModel
{
    public GuideArticle Faq => catalogue.Faq;

    public IReadOnlyList<GuideArticle> Related => catalogue.Related(catalogue.Faq);

    public void OnGet()
    {
    }
}
