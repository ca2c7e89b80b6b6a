using Lantern.Clinical.Vitals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

/// <summary>What a blood-pressure reading means on a dosing day; a reading that needs care answers with the crisis route.</summary>
[AllowAnonymous]
public sealed class BloodPressureModel(CurrentPerson person) : FormPageModel
{
    [BindProperty]
    public int? Systolic { get; set; }

    [BindProperty]
    public int? Diastolic { get; set; }

    public BloodPressureAssessment? Assessment { get; private set; }

    public SafetyResponse Safety { get; private set; } = SafetyResponse.None;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
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
            await TryAsync(async () =>
            {
                Assessment = Clinical.Vitals.BloodPressure.AssessForDosingDay(Systolic!.Value, Diastolic!.Value);
                Safety = SafetyResponse.From(Assessment.Flag is { } flag ? [flag] : [], [], await person.CrisisPlaceAsync(ct));
            }, prefix: string.Empty);
        }

        return Page();
    }
}
