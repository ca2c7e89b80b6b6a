using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Pain;

/// <summary>Change or delete one logged opioid. Only the owner sees this page; for anyone else it is a 404.</summary>
public sealed class OpioidModel(GetOpioidDoseHandler get, UpdateOpioidDoseHandler update, DeleteOpioidDoseHandler delete) : FormPageModel
{
    public override string FieldId(string key, string formId) => PainFields.Id(key, formId);

    [BindProperty]
    public OpioidFormInput Input { get; set; } = new();

    public OpioidDoseResponse Dose { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Dose = await get.HandleOwnedAsync(id, ct);
        Input = OpioidFormInput.FromDose(Dose);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Dose = await get.HandleOwnedAsync(id, ct);
        return await SubmitAsync(async () =>
        {
            await update.HandleAsync(id, Input.ToInput(), ct);
            TempData["Message"] = "Opioid dose updated.";
            return RedirectToPage("/Pain/Index");
        });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        await delete.HandleAsync(id, ct);
        TempData["Message"] = "Opioid dose deleted from your log.";
        return RedirectToPage("/Pain/Index");
    }
}
