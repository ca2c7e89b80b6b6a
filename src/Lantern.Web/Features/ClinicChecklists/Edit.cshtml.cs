using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// Changes or deletes one of the person's checklists, through the same handlers as PUT and DELETE
/// /api/v1/clinic-checklists/{id}. Someone else's id is the friendly 404 page, as for an id that never existed.
/// </summary>
public sealed class EditModel(GetClinicChecklistHandler get, UpdateClinicChecklistHandler update, DeleteClinicChecklistHandler delete) : FormPageModel
{
    [BindProperty]
    public ChecklistForm Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public ClinicChecklistResponse Checklist { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Checklist = await get.HandleAsync(id, ct);
        Input = ChecklistForm.From(Checklist);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await update.HandleAsync(id, Input.ToRequest(), ct);
            TempData[IndexModel.MessageKey] = "Saved.";
            return RedirectToPage("/ClinicChecklists/Index");
        }, onRefused: async () => Checklist = await get.HandleAsync(id, ct), prefix: null, rename: ChecklistForm.Field);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (!ConfirmDelete)
        {
            Checklist = await get.HandleAsync(id, ct);
            Input = ChecklistForm.From(Checklist);
            ModelState.Clear();
            ModelState.AddModelError(nameof(ConfirmDelete), "Tick the box to confirm you want to delete this checklist.");
            return Page();
        }

        await delete.HandleAsync(id, ct);
        TempData[IndexModel.MessageKey] = "Deleted.";
        return RedirectToPage("/ClinicChecklists/Index");
    }
}
