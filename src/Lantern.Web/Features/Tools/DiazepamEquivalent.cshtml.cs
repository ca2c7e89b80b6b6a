using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

public sealed class DiazepamEquivalentModel : ToolsPageModel
{
    [BindProperty]
    public string? Drug { get; set; }

    [BindProperty]
    public decimal? DailyDoseMg { get; set; }

    [BindProperty]
    public string? Table { get; set; }

    public DiazepamEquivalentResult? Result { get; private set; }

    public IReadOnlyList<string> Drugs => DiazepamEquivalents.AllAcceptedDrugs;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        try
        {
            Result = DiazepamEquivalents.Convert(Drug, DailyDoseMg ?? 0m, BenzodiazepineTables.Parse(string.IsNullOrEmpty(Table) ? null : Table));
        }
        catch (ClinicalInputException failure)
        {
            AddErrors(failure);
        }

        return Page();
    }
}
