using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>Adds a checklist for one clinic. Same handler as POST /api/v1/clinic-checklists.</summary>
public sealed class NewModel(CreateClinicChecklistHandler create) : FormPageModel
{
    [BindProperty]
    public ChecklistForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await create.HandleAsync(Input.ToRequest(), ct);
            TempData[IndexModel.MessageKey] = "Saved.";
            return RedirectToPage("/ClinicChecklists/Index");
        }, prefix: null, rename: ChecklistForm.Field);
    }
}
