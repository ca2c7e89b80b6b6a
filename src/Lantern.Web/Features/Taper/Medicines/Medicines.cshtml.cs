using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Taper.Medicines;

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
        var errors = new FieldErrors();
        var (drug, formulation) = MedicineChoices.SplitMedicine(Medicine);
        var input = new MedicationInput(
            drug,
            FormText.Number(DoseMg, "doseMg", errors),
            string.IsNullOrWhiteSpace(Compounded) ? formulation : Compounded,
            FormText.Number(CompoundedStrengthMg, "compoundedStrengthMg", errors),
            FormText.Date(TakingSince, "takingSince", errors));
        errors.ThrowIfAny();

        return input;
    }

    public static MedicineFormInput From(MedicationResponse m) => new()
    {
        Medicine = MedicineChoices.JoinMedicine(m.Drug, m.Formulation),
        DoseMg = FormText.Of(m.DoseMg),
        Compounded = m.Formulation is Lantern.Clinical.Tapering.TaperPlanner.CompoundedLiquid or Lantern.Clinical.Tapering.TaperPlanner.CompoundedCapsules ? m.Formulation : null,
        CompoundedStrengthMg = FormText.Of(m.CompoundedStrengthMg),
        TakingSince = FormText.Of(m.TakingSince),
    };
}

/// <summary>"Your medicines": what you take now, the starting point of a plan.</summary>
public sealed class MedicinesModel(ListMedicationsHandler list, AddMedicationHandler add) : FormPageModel
{
    public override string FieldId(string key, string formId) => TaperFields.Id(key, formId);

    [BindProperty]
    public MedicineFormInput Input { get; set; } = new();

    public IReadOnlyList<MedicationResponse> Medications { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Medications = await list.HandleAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await add.HandleAsync(Input.ToInput(), ct);
            Message = "Medicine saved.";
            return RedirectToPage();
        }, onRefused: async () =>
        {
            Medications = await list.HandleAsync(null, ct);
        });
    }
}
