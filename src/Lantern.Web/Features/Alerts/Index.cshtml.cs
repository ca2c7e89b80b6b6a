using Lantern.Clinical;
using Lantern.Clinical.Safety;
using Lantern.Web.Features.Journey;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Alerts;

public sealed class IndexModel(
    ListAlertsHandler list,
    AcknowledgeAlertHandler acknowledge,
    PatientProfiles profiles,
    ICurrentUser me,
    HealthDataAccess access,
    CareTeam.SharedAlertsHandler shared) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "seen")]
    public string? Seen { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public bool ShowAll => string.Equals(Status, "all", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<AlertResponse> Alerts { get; private set; } = [];

    /// <summary>For caregivers and therapists: alerts of the people who share alerts with them, named.</summary>
    public IReadOnlyList<CareTeam.SharedAlertResponse> Shared { get; private set; } = [];

    public bool IsCareTeam { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsCareTeam = (await access.GetContextAsync(ct)).Role != UserRole.Patient;
        if (IsCareTeam)
        {
            Shared = await shared.HandleAsync(ShowAll, ct);
        }
        else
        {
            Alerts = await list.HandleAsync(new ListAlertsRequest(ShowAll ? "all" : "open", null), ct);
            // The patient sees which care-team member marked an alert as seen.
            ViewData[AcknowledgedByKey] = await list.AcknowledgedByOthersAsync(Alerts, ct);
        }

        ViewData[TimeZoneKey] = (await profiles.GetAsync(me.UserId!.Value, ct)).TimeZone;
        Message = Seen == "1" ? "Marked as seen." : null;
    }

    /// <summary>ViewData key for the zone the alert list formats times in.</summary>
    public const string TimeZoneKey = "journey-zone";

    /// <summary>ViewData key for the names of care-team members who acknowledged alerts in the list.</summary>
    public const string AcknowledgedByKey = "alerts-acknowledged-by";

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, string? returnTo, CancellationToken ct)
    {
        try
        {
            await acknowledge.HandleAsync(id, ct);
        }
        catch (RecordNotFoundException)
        {
            return NotFound();
        }

        return returnTo == "dashboard" ? Redirect("/dashboard") : Redirect("/alerts?seen=1");
    }

    /// <summary>A stored level code in plain words (from Lantern.Clinical's one list); an unknown code says so plainly.</summary>
    public static string LevelText(string level) =>
        Enum.GetValues<ActionLevel>().Where(l => l.ToCode() == level).Select(l => l.ToWords()).FirstOrDefault() ?? "Talk to your care team";

    public static string When(DateTimeOffset instant, object? zone) =>
        zone is string id ? LocalTime.DateAndTime(instant, id) : LocalTime.DateAndTime(instant, "UTC") + " UTC";
}
