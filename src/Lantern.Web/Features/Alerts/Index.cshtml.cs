using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Alerts;

public sealed class IndexModel(
    ListAlertsHandler list,
    AcknowledgeAlertHandler acknowledge,
    SharedAlertsHandler shared) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "seen")]
    public string? Seen { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public bool ShowAll => string.Equals(Status, "all", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<AlertResponse> Alerts { get; private set; } = [];

    /// <summary>For caregivers and therapists: alerts of the people who share alerts with them, named.</summary>
    public IReadOnlyList<SharedAlertResponse> Shared { get; private set; } = [];

    public bool IsCareTeam { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await CurrentPerson.GetAsync(ct);
        IsCareTeam = !me.IsPatient;
        if (IsCareTeam)
        {
            Shared = await shared.HandleAsync(ShowAll, ct);
        }
        else
        {
            Alerts = await list.HandleAsync(new ListAlertsRequest(ShowAll ? "all" : "open", null), ct);
            // The patient sees which care-team member marked an alert as seen.
            ViewData[AlertText.AcknowledgedByKey] = await list.AcknowledgedByOthersAsync(Alerts, ct);
        }

        ViewData[AlertText.TimeZoneKey] = me.TimeZone;
        Message = Seen == "1" ? "Marked as seen." : null;
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid id, string? returnTo, CancellationToken ct)
    {
        await acknowledge.HandleAsync(id, ct);
        return returnTo == "dashboard" ? Redirect("/dashboard") : Redirect("/alerts?seen=1");
    }
}
