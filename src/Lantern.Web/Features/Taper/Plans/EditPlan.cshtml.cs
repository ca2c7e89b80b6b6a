using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>Change a saved plan's choices. What has been recorded stays and is replayed against the new choices.</summary>
public sealed class EditPlanModel(SavedPlanReader reader, UpdateTaperPlanHandler update) : FormPageModel
{
    public override string FieldId(string key, string formId) => TaperFields.Id(key, formId);

    [BindProperty]
    public PlanFormInput Input { get; set; } = new();

    public SavedPlan Saved { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Saved = await reader.ReadOwnedAsync(id, ct);
        Input = PlanFormInput.From(TaperSettings.From(Saved.Plan), Saved.Plan.MedicationId, Saved.Plan.Version);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Saved = await reader.ReadOwnedAsync(id, ct);
        return await SubmitAndShowAsync(async () =>
        {
            var settings = Input.ToSettings();
            await update.HandleAsync(id, new UpdateTaperPlanRequest(settings)
            {
                Version = Input.Version,
            }, null, ct);
            TempData["Message"] = "Plan updated.";
            return RedirectToPage("/Taper/Plans/Plan", new { id });
        }, () => Task.CompletedTask, onConflict: _ => AddFormMessage(
            "Someone (perhaps you, in another tab) changed this plan since you opened this page. Nothing was saved: reload the page and make your change again."));
    }
}
