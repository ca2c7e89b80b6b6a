using Lantern.Web.Features.Journey;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Dashboard;

/// <summary>The patient's dashboard page, from the same handler as GET /api/v1/dashboard.</summary>
public sealed class IndexModel(GetDashboardHandler handler, PatientProfiles profiles, ICurrentUser currentUser) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "range")]
    public string? Range { get; set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public DashboardResponse Data { get; private set; } = null!;

    public string TimeZone { get; private set; } = "UTC";

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Data = await handler.HandleAsync(new DashboardRequest(Range, null), ct);
        }
        catch (ValidationFailedException)
        {
            // An unknown ?range= is not worth an error page: show the default period.
            Data = await handler.HandleAsync(new DashboardRequest(null, null), ct);
        }

        TimeZone = (await profiles.GetAsync(currentUser.UserId!.Value, ct)).TimeZone;
        Message = Saved switch
        {
            "checkin" => "Your check-in is saved.",
            "deleted" => "That check-in is deleted.",
            _ => null,
        };
        return Page();
    }
}
