using Lantern.Clinical.Tapering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

[AllowAnonymous]
public sealed class DiazepamEquivalentModel : FormPageModel
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
        Try(() => Result = DiazepamEquivalents.Convert(Drug, DailyDoseMg ?? 0m, BenzodiazepineTables.Parse(string.IsNullOrEmpty(Table) ? null : Table)), prefix: string.Empty);

        return Page();
    }
}
