using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Dashboard;

/// <summary>The patient's dashboard page, from the same handler as GET /api/v1/dashboard.</summary>
public sealed class IndexModel(GetDashboardHandler handler, PeopleDirectory people) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "range")]
    public string? Range { get; set; }

    /// <summary>A care-team member viewing someone who shares with them; empty for the patient's own dashboard.</summary>
    [BindProperty(SupportsGet = true, Name = "patient")]
    public Guid? Patient { get; set; }

    public bool IsOwn => Patient is null || Patient == CurrentPerson.Id;

    public string? PatientName { get; private set; }

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public DashboardResponse Data { get; private set; } = null!;

    public string TimeZone { get; private set; } = "UTC";

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // An unknown ?range= is not worth an error page: show the default period.
        var range = GetDashboardHandler.IsKnownRange(Range) ? Range : null;
        Data = await handler.HandleAsync(new DashboardRequest(range, IsOwn ? null : Patient), ct);

        TimeZone = (await people.GetAsync(Data.PatientId, ct)).TimeZone;
        PatientName = IsOwn ? null : (await people.GetAsync(Data.PatientId, ct)).DisplayName;
        Message = Saved switch
        {
            "checkin" => "Your check-in is saved.",
            "deleted" => "That check-in is deleted.",
            _ => null,
        };
        return Page();
    }
}
