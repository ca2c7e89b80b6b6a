using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// The public checklist: anyone can read, fill in and print it, and nothing is stored for them. A signed-in person
/// can also save it for a clinic, which goes through the same handler as POST /api/v1/clinic-checklists.
/// </summary>
[AllowAnonymous]
public sealed class QuestionsModel(CreateClinicChecklistHandler create) : FormPageModel
{
    [BindProperty]
    public ChecklistForm Input { get; set; } = new();

    /// <summary>The answers as entered, shown ready to print. Never saved.</summary>
    public SaveClinicChecklistRequest? Preview { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
    }

    public IActionResult OnPostPreview()
    {
        // The same rules as saving, so what someone prints is what they could save later.
        Try(() =>
        {
            _ = ClinicChecklistInput.Validate(Input.ToRequest());
            Preview = Input.ToRequest();
        }, prefix: null, rename: ChecklistForm.Field);

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        return await SubmitAsync(async () =>
        {
            await create.HandleAsync(Input.ToRequest(), ct);
            TempData[IndexModel.MessageKey] = "Saved. Your answers are below, next to any other clinics you have saved.";
            return Redirect("/clinic-checklists");
        }, prefix: null, rename: ChecklistForm.Field);
    }
}
