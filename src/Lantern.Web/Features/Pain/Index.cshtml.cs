using System.Globalization;
using Lantern.Clinical.Opioids;
using Lantern.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Pain;

/// <summary>"Pain and opioid doses": MME per day next to pain scores, the log itself, and a form to add to it.</summary>
public sealed class IndexModel(GetPainSummaryHandler summaries, ListOpioidDosesHandler list, LogOpioidDoseHandler log) : PainPageModel
{
    public static IReadOnlyList<int> Ranges { get; } = [30, 90, 365];

    [BindProperty]
    public OpioidFormInput Input { get; set; } = new();

    public PainSummaryResponse Summary { get; private set; } = null!;

    public IReadOnlyList<OpioidDoseResponse> Doses { get; private set; } = [];

    public int RangeDays { get; private set; }

    public static IReadOnlyList<OpioidFactor> Opioids => MorphineEquivalents.Factors;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string? range, CancellationToken ct) => await LoadAsync(range, ct);

    public async Task<IActionResult> OnPostAsync(string? range, CancellationToken ct)
    {
        try
        {
            await log.HandleAsync(Input.ToInput(), ct);
            Message = "Opioid dose saved.";
            return RedirectToPage(new { range });
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure);
            await LoadAsync(range, ct);
            return Page();
        }
    }

    private async Task LoadAsync(string? range, CancellationToken ct)
    {
        RangeDays = int.TryParse(range, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Ranges.Contains(days) ? days : Ranges[1];
        Summary = await summaries.HandleAsync(new PainSummaryRequest(null, null, null), RangeDays, ct);
        Doses = await list.HandleAsync(null, ct);
    }
}
