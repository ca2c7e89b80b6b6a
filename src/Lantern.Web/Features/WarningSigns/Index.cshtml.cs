using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.WarningSigns;

/// <summary>The red-flag checklist; the advice and crisis lines are the answer to the POST itself.</summary>
public sealed class IndexModel(CheckWarningSignsHandler handler) : FormPageModel
{
    [BindProperty(Name = "signs")]
    public List<string> Signs { get; set; } = [];

    public WarningSignsResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            Result = await handler.HandleAsync(new CheckWarningSignsRequest(Signs), ct);
            return Page();
        });
    }
}
