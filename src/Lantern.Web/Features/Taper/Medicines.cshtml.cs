using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper;

/// <summary>The medicine form, bound as text so a mistyped dose is shown back as typed.</summary>
public sealed class MedicineFormInput
{
    public string? Medicine { get; set; }
    public string? DoseMg { get; set; }
    public string? Compounded { get; set; }
    public string? CompoundedStrengthMg { get; set; }
    public string? TakingSince { get; set; }

    public MedicationInput ToInput()
    {
        var errors = new Dictionary<string, string[]>();
        var (drug, formulation) = FormValues.SplitMedicine(Medicine);
        var input = new MedicationInput(
            drug,
            FormValues.ReadDecimal(DoseMg, "doseMg", errors),
            string.IsNullOrWhiteSpace(Compounded) ? formulation : Compounded,
            FormValues.ReadDecimal(CompoundedStrengthMg, "compoundedStrengthMg", errors),
            FormValues.ReadDate(TakingSince, "takingSince", errors));
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return input;
    }

    public static MedicineFormInput From(MedicationResponse m) => new()
    {
        Medicine = FormValues.JoinMedicine(m.Drug, m.Formulation),
        DoseMg = FormValues.Text(m.DoseMg),
        Compounded = m.Formulation is Lantern.Clinical.Tapering.TaperPlanner.CompoundedLiquid or Lantern.Clinical.Tapering.TaperPlanner.CompoundedCapsules ? m.Formulation : null,
        CompoundedStrengthMg = FormValues.Text(m.CompoundedStrengthMg),
        TakingSince = FormValues.Text(m.TakingSince),
    };
}

/// <summary>"Your medicines": what you take now, the starting point of a plan.</summary>
public sealed class MedicinesModel(ListMedicationsHandler list, AddMedicationHandler add) : TaperPageModel
{
    [BindProperty]
    public MedicineFormInput Input { get; set; } = new();

    public IReadOnlyList<MedicationResponse> Medications { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Medications = await list.HandleAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await add.HandleAsync(Input.ToInput(), ct);
            Message = "Medicine saved.";
            return RedirectToPage();
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure);
            Medications = await list.HandleAsync(null, ct);
            return Page();
        }
    }
}
