using Lantern.Clinical.Opioids;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

[AllowAnonymous]
public sealed class MmeModel : FormPageModel
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

    /// <summary>The opioid's plain name for a result row; its code is only for the form and the API.</summary>
    public string NameOf(string code) =>
        Opioids.FirstOrDefault(f => string.Equals(f.Opioid, code, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? "Another opioid";

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

        // The library numbers the filled rows; point each message at the row the person used.
        Try(() => Result = MorphineEquivalents.Calculate(filled.Select(x => new OpioidDose(x.item.Opioid ?? string.Empty, x.item.DailyDose ?? 0m)).ToArray()),
            prefix: string.Empty, rename: field =>
            {
                var match = System.Text.RegularExpressions.Regex.Match(field, @"^items\[(\d+)\]\.(\w+)$");
                return match.Success
                    ? $"Items[{filled[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].index}].{char.ToUpperInvariant(match.Groups[2].Value[0])}{match.Groups[2].Value[1..]}"
                    : "general";
            });

        return Page();
    }
}
