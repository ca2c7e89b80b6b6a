using Lantern.Web.Features.Shared;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.WarningSigns;

/// <summary>The red-flag checklist; the advice and crisis lines are the answer to the POST itself.</summary>
public sealed class IndexModel(CheckWarningSignsHandler handler) : PageModel
{
    [BindProperty(Name = "signs")]
    public List<string> Signs { get; set; } = [];

    public WarningSignsResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            Result = await handler.HandleAsync(new CheckWarningSignsRequest(Signs), ct);
        }
        catch (ValidationFailedException failure)
        {
            FormErrors.AddTo(ModelState, failure);
        }

        return Page();
    }
}
