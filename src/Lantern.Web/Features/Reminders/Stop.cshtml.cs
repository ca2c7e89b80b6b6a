using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// Where a reminder's stop link lands, signed in or not. Opening the link only asks (mail scanners open links); the
/// button stops that kind of reminder. The POST also answers mail programs' own one-click unsubscribe (RFC 8058),
/// which posts without a form token: the signed, single-purpose token in the address is what proves the request,
/// so the page does not ask for the antiforgery token.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StopReminderModel(StopReminderHandler handler) : PageModel
{
    public StopLinkResponse Link { get; private set; } = null!;

    public bool Stopped { get; private set; }

    public async Task OnGetAsync(string stopToken, CancellationToken ct) => Link = await handler.ReadAsync(stopToken, ct);

    public async Task OnPostAsync(string stopToken, CancellationToken ct)
    {
        Link = await handler.StopAsync(stopToken, ct);
        Stopped = true;
    }
}
