using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Guide;

/// <summary>Search across articles and FAQ answers, by plain GET so it works without JavaScript.</summary>
[AllowAnonymous]
public sealed class SearchModel(SearchGuide search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public GuideSearchResults Results { get; private set; } = new(string.Empty, []);

    public void OnGet() => Results = search.Search(Query);
}
