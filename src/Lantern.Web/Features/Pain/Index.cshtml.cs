using Lantern.Clinical.Opioids;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Pain;

/// <summary>"Pain and opioid doses": MME per day next to pain scores, the log itself, and a form to add to it.</summary>
public sealed class IndexModel(GetPainSummaryHandler summaries, ListOpioidDosesHandler list, LogOpioidDoseHandler log) : FormPageModel
{
    public override string FieldId(string key, string formId) => PainFields.Id(key, formId);

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
        return await SubmitAsync(async () =>
        {
            await log.HandleAsync(Input.ToInput(), ct);
            Message = "Opioid dose saved.";
            return RedirectToPage(new { range });
        }, onRefused: () => LoadAsync(range, ct));
    }

    private async Task LoadAsync(string? range, CancellationToken ct)
    {
        RangeDays = int.TryParse(range, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Ranges.Contains(days) ? days : Ranges[1];
        Summary = await summaries.HandleAsync(new PainSummaryRequest(null, null, null), RangeDays, ct);
        Doses = await list.HandleAsync(null, ct);
    }
}
