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

    /// <summary>The reader's own zone (a care-team member's alert times); the patient's is <see cref="TimeZone"/>.</summary>
    public string ReaderTimeZone { get; private set; } = "UTC";

    /// <summary>The person whose shared dashboard this is, for their crisis lines; null on one's own dashboard.</summary>
    public Person? PatientPlace { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Patient is null && !(await CurrentPerson.GetAsync(ct)).IsPatient)
        {
            // A caregiver or therapist keeps no records of their own: their home is where shared dashboards start.
            return Redirect("/");
        }

        // An unknown ?range= is not worth an error page: show the default period.
        var range = GetDashboardHandler.IsKnownRange(Range) ? Range : null;
        Data = await handler.HandleAsync(new DashboardRequest(range, IsOwn ? null : Patient), ct);

        var patient = await people.GetAsync(Data.PatientId, ct);
        TimeZone = patient.TimeZone;
        PatientName = IsOwn ? null : patient.DisplayName;
        PatientPlace = IsOwn ? null : patient;
        ReaderTimeZone = IsOwn ? patient.TimeZone : (await CurrentPerson.GetAsync(ct)).TimeZone;
        Message = Saved switch
        {
            "checkin" => "Your check-in is saved.",
            "deleted" => "That check-in is deleted.",
            _ => null,
        };
        return Page();
    }
}
