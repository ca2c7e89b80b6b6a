using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Alerts;

public sealed class IndexModel(
    ListAlertsHandler list,
    AcknowledgeAlertHandler acknowledge,
    SharedAlertsHandler shared,
    PeopleDirectory people) : FormPageModel
{
    [BindProperty(SupportsGet = true, Name = "seen")]
    public string? Seen { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    public bool ShowAll => string.Equals(Status, "all", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<AlertResponse> Alerts { get; private set; } = [];

    /// <summary>For caregivers and therapists: alerts of the people who share alerts with them, named.</summary>
    public IReadOnlyList<SharedAlertResponse> Shared { get; private set; } = [];

    /// <summary><see cref="Shared"/> worded for the reader, with each person's own crisis lines.</summary>
    public IReadOnlyList<SupporterAlertView> SharedViews { get; private set; } = [];

    public bool IsCareTeam { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = await CurrentPerson.GetAsync(ct);
        IsCareTeam = !me.IsPatient;
        if (IsCareTeam)
        {
            Shared = await shared.HandleAsync(ShowAll, ct);
            await people.LoadAsync([.. Shared.Select(s => s.PatientId)], ct);
            var views = new List<SupporterAlertView>();
            foreach (var item in Shared)
            {
                views.Add(new SupporterAlertView(item.PatientId, item.PatientName, item.Alert, me.TimeZone,
                    await people.GetAsync(item.PatientId, ct), item.AcknowledgedByName, ShowAll ? "/alerts?status=all&seen=1" : "/alerts?seen=1"));
            }

            SharedViews = views;
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
        // Back to where the alert was shown (a home, a person's page); the alerts page otherwise.
        return returnTo == "dashboard" ? Redirect("/dashboard")
            : Lantern.Web.Platform.Http.LocalUrl.IsLocal(returnTo) ? LocalRedirect(returnTo!)
            : Redirect("/alerts?seen=1");
    }
}
