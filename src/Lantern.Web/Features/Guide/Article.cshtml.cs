using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Guide;

/// <summary>One guide article with its contents, related reading, sources and review date. Unknown slugs are 404.</summary>
[AllowAnonymous]
public sealed class ArticleModel(GuideCatalogue catalogue) : PageModel
{
    public GuideArticle Article { get; private set; } = null!;

    public IReadOnlyList<GuideArticle> Related { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        if (catalogue.Find(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Related = catalogue.Related(article);
        return Page();
    }
}
