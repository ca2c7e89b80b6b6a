using Lantern.Clinical.Safety;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Help;

/// <summary>"Get help now": crisis lines for the person's country, reachable from every page without signing in.</summary>
[AllowAnonymous]
public sealed class IndexModel(UserManager<LanternUser> users) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    public CountryCrisisResources? Resources { get; private set; }

    /// <summary>The code asked for when we have no checked lines for it.</summary>
    public string? UnknownCountry { get; private set; }

    public async Task OnGetAsync()
    {
        var code = Country;
        if (string.IsNullOrWhiteSpace(code) && User.GetUserId() is { } id && await users.FindByIdAsync(id.ToString()) is { } me)
        {
            code = me.CrisisCountry ?? CrisisDirectory.CountryForTimeZone(me.TimeZone);
        }

        Resources = CrisisDirectory.ForCountry(code ?? CrisisDirectory.DefaultCountry);
        if (Resources is null)
        {
            UnknownCountry = code;
        }
    }

    public static string Href(CrisisContact contact) => contact.Kind switch
    {
        ContactKind.Text => contact.TextKeyword is null ? $"sms:{contact.Dial}" : $"sms:{contact.Dial}?body={Uri.EscapeDataString(contact.TextKeyword)}",
        ContactKind.Call or ContactKind.CallOrText => $"tel:{contact.Dial}",
    };

    public static string Verb(CrisisContact contact) => contact.Kind switch
    {
        ContactKind.Call => "Call",
        ContactKind.Text => contact.TextKeyword is null ? "Text" : $"Text {contact.TextKeyword} to",
        ContactKind.CallOrText => "Call or text",
    };
}
