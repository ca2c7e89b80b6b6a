using Lantern.Clinical.Validation;
using Lantern.Clinical.Vitals;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

public sealed class BloodPressureModel(UserManager<LanternUser> users) : ToolsPageModel(users)
{
    [BindProperty]
    public int? Systolic { get; set; }

    [BindProperty]
    public int? Diastolic { get; set; }

    public BloodPressureAssessment? Assessment { get; private set; }

    public async Task OnGetAsync() => await LoadCrisisLinesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCrisisLinesAsync();
        if (Systolic is null)
        {
            ModelState.AddModelError(nameof(Systolic), "Enter the top number (systolic).");
        }

        if (Diastolic is null)
        {
            ModelState.AddModelError(nameof(Diastolic), "Enter the bottom number (diastolic).");
        }

        if (ModelState.IsValid)
        {
            try
            {
                Assessment = Clinical.Vitals.BloodPressure.AssessForDosingDay(Systolic!.Value, Diastolic!.Value);
            }
            catch (ClinicalInputException failure)
            {
                AddErrors(failure);
            }
        }

        return Page();
    }
}
