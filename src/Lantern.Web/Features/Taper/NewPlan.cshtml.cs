using Lantern.Clinical.Tapering;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// The plan builder: preview a plan, compare it with a second pace side by side, and save either. Works without
/// JavaScript: every action is a form post that re-renders the page with the result or the errors.
/// </summary>
public sealed class NewPlanModel(PreviewTaperHandler preview, CreateTaperPlanHandler create, GetMedicationHandler medications, CurrentPerson person) : TaperPageModel
{
    [BindProperty]
    public PlanFormInput Input { get; set; } = new();

    public TaperSchedule? Schedule { get; private set; }
    public TaperSchedule? Comparison { get; private set; }

    public async Task OnGetAsync(Guid? medication, CancellationToken ct)
    {
        var today = (await person.GetAsync(ct)).Today;
        Input = new PlanFormInput { StartDate = FormValues.Text(today) };
        if (medication is { } id)
        {
            try
            {
                var m = await medications.HandleOwnedAsync(id, ct);
                Input = PlanFormInput.From(new TaperSettings { Drug = m.Drug, CurrentDoseMg = m.DoseMg, Formulation = m.Formulation, CompoundedStrengthMg = m.CompoundedStrengthMg, StartDate = today }, m.Id);
            }
            catch (RecordNotFoundException)
            {
                // Not yours or gone: start from an empty form rather than an error page.
            }
        }
    }

    public IActionResult OnPostPreview()
    {
        try
        {
            var settings = Input.ToSettings();
            Schedule = preview.Handle(settings);
            if (Input.WantsComparison)
            {
                Comparison = Compare(settings);
            }
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure);
        }

        return Page();
    }

    /// <param name="pace"><c>1</c> saves the first pace, <c>2</c> the compared one.</param>
    public async Task<IActionResult> OnPostSaveAsync(string? pace, CancellationToken ct)
    {
        try
        {
            var settings = Input.ToSettings();
            if (pace == "2" && Input.WantsComparison)
            {
                settings = Input.ToComparison(settings);
            }

            var saved = await create.HandleAsync(new CreateTaperPlanRequest
            {
                Drug = settings.Drug,
                CurrentDoseMg = settings.CurrentDoseMg,
                Method = settings.Method,
                StepPercent = settings.StepPercent,
                IntervalDays = settings.IntervalDays,
                StartDate = settings.StartDate,
                FinalDoseMg = settings.FinalDoseMg,
                Formulation = settings.Formulation,
                CompoundedStrengthMg = settings.CompoundedStrengthMg,
                LiquidIncrementMl = settings.LiquidIncrementMl,
                TargetDate = settings.TargetDate,
                OccupancyParameterSet = settings.OccupancyParameterSet,
                OccupancyDropPoints = settings.OccupancyDropPoints,
                EquivalenceTable = settings.EquivalenceTable,
                MedicationId = Input.MedicationId,
            }, ct);
            TempData["Message"] = "Plan saved. Take it to your prescriber before you change anything.";
            return RedirectToPage("/Taper/Plan", new { id = saved.Plan.Id });
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure);
            return Page();
        }
    }

    /// <summary>The second pace, with its own field names so its errors show beside the comparison fields.</summary>
    private TaperSchedule Compare(TaperSettings settings)
    {
        var comparison = Input.ToComparison(settings);
        try
        {
            return preview.Handle(comparison);
        }
        catch (ValidationFailedException failure)
        {
            throw new ValidationFailedException(failure.Errors.ToDictionary(
                kv => kv.Key switch
                {
                    "stepPercent" => "compareStepPercent",
                    "intervalDays" => "compareIntervalDays",
                    "occupancyDropPoints" => "compareOccupancyDropPoints",
                    _ => kv.Key,
                },
                kv => kv.Value));
        }
    }
}
