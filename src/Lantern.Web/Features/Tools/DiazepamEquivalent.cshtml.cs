using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

public sealed class DiazepamEquivalentModel(UserManager<LanternUser> users) : ToolsPageModel(users)
{
    [BindProperty]
    public string? Drug { get; set; }

    [BindProperty]
    public decimal? DailyDoseMg { get; set; }

    [BindProperty]
    public string? Table { get; set; }

    public DiazepamEquivalentResult? Result { get; private set; }

    public IReadOnlyList<string> Drugs => DiazepamEquivalents.AllAcceptedDrugs;

    public async Task OnGetAsync() => await LoadCrisisLinesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadCrisisLinesAsync();
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
