using Lantern.Clinical.Opioids;
using Lantern.Clinical.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

public sealed class MmeModel : ToolsPageModel
{
    public const int Rows = 4;

    public sealed class ItemInput
    {
        public string? Opioid { get; set; }
        public decimal? DailyDose { get; set; }
    }

    [BindProperty]
    public List<ItemInput> Items { get; set; } = [];

    public MmeResult? Result { get; private set; }

    public IReadOnlyList<OpioidFactor> Opioids => MorphineEquivalents.Factors;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        // Empty rows are simply unused; the field names keep each row's original position.
        var filled = Items.Select((item, index) => (item, index)).Where(x => !string.IsNullOrEmpty(x.item.Opioid) || x.item.DailyDose is not null).ToArray();
        if (filled.Length == 0)
        {
            ModelState.AddModelError("Items[0].Opioid", "Choose at least one opioid and its daily dose.");
            return Page();
        }

        try
        {
            Result = MorphineEquivalents.Calculate(filled.Select(x => new OpioidDose(x.item.Opioid ?? string.Empty, x.item.DailyDose ?? 0m)).ToArray());
        }
        catch (ClinicalInputException failure)
        {
            foreach (var error in failure.Errors)
            {
                // The library numbers the filled rows; point the message at the row the person used.
                var match = System.Text.RegularExpressions.Regex.Match(error.Field, @"^items\[(\d+)\]\.(\w+)$");
                var key = match.Success
                    ? $"Items[{filled[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].index}].{char.ToUpperInvariant(match.Groups[2].Value[0])}{match.Groups[2].Value[1..]}"
                    : string.Empty;
                ModelState.AddModelError(key, error.Message);
            }
        }

        return Page();
    }
}
