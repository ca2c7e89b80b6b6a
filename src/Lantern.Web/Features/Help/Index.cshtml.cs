using Lantern.Clinical.Safety;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Help;

/// <summary>
/// "Get help now": crisis lines for the person's country, reachable from every page without signing in. The country
/// is the one asked for, else the signed-in person's own (chosen, else from their time zone). Where we know no
/// country we hold checked lines for, the page says to call the local emergency number and asks which country, as
/// the crisis route does everywhere: it never guesses one.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CurrentPerson person) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    public CountryCrisisResources? Resources { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Resources = string.IsNullOrWhiteSpace(Country)
            ? CrisisRoutes.CountryFor(await person.CrisisPlaceAsync(ct))
            : CrisisDirectory.ForCountry(Country);
}
