using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Guide;

/// <summary>The guide's front page: every article, optionally only those written for one audience.</summary>
[AllowAnonymous]
public sealed class IndexModel(GuideCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? AudienceKey { get; set; }

    /// <summary>Null means everyone; an unknown value is treated as everyone rather than an error.</summary>
    public GuideAudience? Audience { get; private set; }

    public IReadOnlyList<GuideArticle> Articles { get; private set; } = [];

    public GuideArticle Faq => catalogue.Faq;

    public void OnGet()
    {
        Audience = GuideAudiences.FromKey(AudienceKey);
        Articles = catalogue.For(Audience);
    }
}
