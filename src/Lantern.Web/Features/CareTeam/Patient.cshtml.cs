using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Shared;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.CareTeam;

/// <summary>One person who shares with the caller: what they share, and a therapist's private notes.</summary>
public sealed class PatientModel(
    MyPatientsHandler handler,
    UserManager<LanternUser> users,
    ListCheckInsHandler checkIns,
    ListAlertsHandler alerts,
    AcknowledgeAlertHandler acknowledge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    [BindProperty]
    public string? NoteText { get; set; }

    public SharedPatientResponse Client { get; private set; } = null!;
    public IReadOnlyList<TherapistNoteResponse> Notes { get; private set; } = [];
    public bool IsTherapist { get; private set; }
    public IReadOnlyList<CheckInResponse>? RecentCheckIns { get; private set; }
    public IReadOnlyList<AlertResponse>? OpenAlerts { get; private set; }

    public bool Shares(string scope) => Client.Scopes.Contains(scope);

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid alertId, CancellationToken ct)
    {
        await acknowledge.HandleAsync(alertId, ct);
        return RedirectToPage(new { PatientId });
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken ct)
    {
        try
        {
            await handler.AddNoteAsync(PatientId, new AddNoteRequest(NoteText), ct);
            return RedirectToPage(new { PatientId });
        }
        catch (ValidationFailedException failure)
        {
            FormErrors.AddTo(ModelState, failure, prefix: "Note");
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Client = await handler.OpenAsync(PatientId, ct);
        IsTherapist = (await users.GetUserAsync(User))?.Role == UserRole.Therapist;
        if (Shares(nameof(AccessScope.Alerts).ToLowerInvariant()))
        {
            OpenAlerts = await alerts.HandleAsync(new ListAlertsRequest("open", PatientId), ct);
        }

        if (Shares(nameof(AccessScope.Mood).ToLowerInvariant()))
        {
            RecentCheckIns = (await checkIns.HandleAsync(new ListCheckInsRequest(null, null, PatientId), ct)).TakeLast(14).Reverse().ToArray();
        }

        if (IsTherapist)
        {
            Notes = await handler.NotesAsync(PatientId, ct);
        }
    }
}
