using Lantern.Clinical.Tapering;
using Lantern.Web.Features.Taper.Medicines;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>
/// The plan builder: preview a plan, compare it with a second pace side by side, and save either. Works without
/// JavaScript: every action is a form post that re-renders the page with the result or the errors.
/// </summary>
public sealed class NewPlanModel(PreviewTaperHandler preview, CreateTaperPlanHandler create, GetMedicationHandler medications) : FormPageModel
{
    public override string FieldId(string key, string formId) => TaperFields.Id(key, formId);

    [BindProperty]
    public PlanFormInput Input { get; set; } = new();

    public TaperSchedule? Schedule { get; private set; }
    public TaperSchedule? Comparison { get; private set; }

    public async Task OnGetAsync(Guid? medication, CancellationToken ct)
    {
        var today = (await CurrentPerson.GetAsync(ct)).Today;
        Input = new PlanFormInput { StartDate = FormText.Of(today) };
        // Not yours or gone: start from an empty form rather than an error page.
        if (medication is { } id && await medications.FindOwnedAsync(id, ct) is { } m)
        {
            Input = PlanFormInput.From(new TaperSettings { Drug = m.Drug, CurrentDoseMg = m.DoseMg, Formulation = m.Formulation, CompoundedStrengthMg = m.CompoundedStrengthMg, StartDate = today }, m.Id);
        }
    }

    public IActionResult OnPostPreview()
    {
        TaperSettings? settings = null;
        if (Try(() => Schedule = preview.Handle(settings = Input.ToSettings())) && Input.WantsComparison)
        {
            // The second pace has its own field names, so its errors show beside the comparison fields.
            Try(() => Comparison = preview.Handle(Input.ToComparison(settings!)), rename: field => field switch
            {
                "stepPercent" => "compareStepPercent",
                "intervalDays" => "compareIntervalDays",
                "occupancyDropPoints" => "compareOccupancyDropPoints",
                _ => field,
            });
        }

        return Page();
    }

    /// <param name="pace"><c>1</c> saves the first pace, <c>2</c> the compared one.</param>
    public async Task<IActionResult> OnPostSaveAsync(string? pace, CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            var settings = Input.ToSettings();
            if (pace == "2" && Input.WantsComparison)
            {
                settings = Input.ToComparison(settings);
            }

            var saved = await create.HandleAsync(new CreateTaperPlanRequest(settings)
            {
                MedicationId = Input.MedicationId,
            }, ct);
            TempData["Message"] = "Plan saved. Take it to your prescriber before you change anything.";
            return RedirectToPage("/Taper/Plans/Plan", new { id = saved.Plan.Id });
        });
    }
}
