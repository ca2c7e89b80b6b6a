using Lantern.Clinical.Costs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Tools;

/// <summary>The cost estimator: a plain form, nothing stored; every figure comes dated and sourced from Lantern.Clinical.</summary>
[AllowAnonymous]
public sealed class CostModel : FormPageModel
{
    [BindProperty]
    public string? Route { get; set; }

    [BindProperty]
    public int? SessionsInCourse { get; set; }

    [BindProperty]
    public string? Boosters { get; set; } = "none";

    [BindProperty]
    public string? Insurance { get; set; } = "unknown";

    [BindProperty]
    public decimal? QuotedPricePerSession { get; set; }

    public CostEstimate? Estimate { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            // A number field that is not a number: say so by the field instead of estimating from a blank.
            foreach (var key in ModelState.Keys.Where(k => ModelState[k]!.Errors.Count > 0).ToArray())
            {
                ModelState[key]!.Errors.Clear();
                ModelState.AddModelError(key, "Enter a number.");
            }

            return Page();
        }

        Try(() => Estimate = CostEstimator.Estimate(new CostRequest(Route, SessionsInCourse, Boosters, Insurance, QuotedPricePerSession)), prefix: string.Empty);

        return Page();
    }

    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"$1,000", or "$450.50" when a quote has cents.</summary>
    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount) ? amount.ToString("$#,0", Us) : amount.ToString("$#,0.00", Us);

    /// <summary>"$500 to $1,000", or a single amount when both ends are the same.</summary>
    public static string Range(PriceRange range) =>
        range.Low == range.High ? Money(range.Low) : $"{Money(range.Low)} to {Money(range.High)}";
}
