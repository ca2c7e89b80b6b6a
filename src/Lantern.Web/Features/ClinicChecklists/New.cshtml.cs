using Lantern.Web.Platform.Problems;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>Adds a checklist for one clinic. Same handler as POST /api/v1/clinic-checklists.</summary>
public sealed class NewModel(CreateClinicChecklistHandler create) : PageModel
{
    [BindProperty]
    public ChecklistForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await create.HandleAsync(Input.ToRequest(), ct);
            TempData[IndexModel.MessageKey] = "Saved.";
            return RedirectToPage("/ClinicChecklists/Index");
        }
        catch (ValidationFailedException failure)
        {
            ChecklistForm.AddErrors(ModelState, failure);
            return Page();
        }
    }
}
