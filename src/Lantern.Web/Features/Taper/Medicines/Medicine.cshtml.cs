using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>Change or delete one of your medicines. Only the owner sees this page; for anyone else it is a 404.</summary>
public sealed class MedicineModel(GetMedicationHandler get, UpdateMedicationHandler update, RemoveMedicationHandler remove) : FormPageModel
{
    public override string FieldId(string key, string formId) => TaperFields.Id(key, formId);

    [BindProperty]
    public MedicineFormInput Input { get; set; } = new();

    public MedicationResponse Medication { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Medication = await get.HandleOwnedAsync(id, ct);
        Input = MedicineFormInput.From(Medication);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Medication = await get.HandleOwnedAsync(id, ct);
        return await SubmitAsync(async () =>
        {
            await update.HandleAsync(id, Input.ToInput(), ct);
            TempData["Message"] = "Medicine updated.";
            return RedirectToPage("/Taper/Medicines/Medicines");
        });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await remove.HandleAsync(id, ct);
        TempData["Message"] = "Medicine deleted. Plans built from it are kept.";
        return RedirectToPage("/Taper/Medicines/Medicines");
    }
}
