using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.CareTeam;

/// <summary>"Who can see my data" for patients; "people who share with me" for caregivers and therapists.</summary>
public sealed class IndexModel(
    ListMyGrantsHandler grants,
    ListPendingInvitationsHandler invitations,
    UpdateGrantHandler updateGrant,
    RevokeGrantHandler revokeGrant,
    CancelInvitationHandler cancelInvitation,
    InviteToCareTeamHandler invite,
    CaseloadHandler caseload) : FormPageModel
{
    public sealed class InviteInput
    {
        public string? Role { get; set; } = "caregiver";
        public string? Email { get; set; }
        public List<string> Scopes { get; set; } = [.. AccessScopes.ToNames(AccessScopes.DefaultInvite)];
        public DateOnly? EndsOn { get; set; }
    }

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public Person Me { get; private set; } = null!;
    public IReadOnlyList<GrantResponse> Grants { get; private set; } = [];
    public IReadOnlyList<InvitationResponse> PendingInvitations { get; private set; } = [];
    public IReadOnlyList<CaseloadRow> Caseload { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>The link of an invitation just created; shown once, never stored in readable form.</summary>
    public string? NewLink { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public static IReadOnlyList<(string Name, string Label, string Hint)> ScopeChoices { get; } =
    [
        ("mood", "Daily check-ins", "Mood, anxiety, sleep, energy and pain scores."),
        ("questionnaires", "Questionnaire scores", "PHQ-9, GAD-7 and PCL-5 totals and what they mean."),
        ("sessions", "Treatment sessions", "Your course, session days, blood pressure and support-person checks."),
        ("taper", "Taper plans", "Medicines and taper steps."),
        ("alerts", "Alerts", "When a warning sign is raised, they are told there is a new alert."),
        ("journal", "Journal and notes (private writing)", "Everything you write in your journal and notes. Only share this with someone you trust with your most private thoughts."),
    ];

    /// <summary>What a grant lets someone see, in words: "daily check-ins, questionnaire scores and alerts".</summary>
    public static string ScopeWords(IEnumerable<string> scopes)
    {
        var labels = scopes.Select(s => ScopeChoices.FirstOrDefault(c => c.Name == s).Label?.ToLowerInvariant()).OfType<string>().ToArray();
        return labels.Length switch
        {
            0 => "nothing at the moment",
            1 => labels[0],
            _ => string.Join(", ", labels[..^1]) + " and " + labels[^1],
        };
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        await TryAsync(async () =>
        {
            var created = await invite.HandleAsync(new InviteRequest(Input.Role, Input.Scopes, Input.Email, Input.EndsOn), ct);
            NewLink = created.Link;
            Input = new InviteInput();
        });
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        await revokeGrant.HandleAsync(id, ct);
        Message = "Sharing has stopped. They can no longer see anything, starting with their very next page.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, List<string> scopes, DateOnly? endsOn, bool clearEnd, CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await updateGrant.HandleAsync(id, new UpdateGrantRequest(scopes, endsOn, clearEnd), (await CurrentPerson.GetAsync(ct)).TimeZone, ct);
            Message = "Sharing updated.";
            return RedirectToPage();
        }, onRefused: () => LoadAsync(ct), prefix: "Grant");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        await cancelInvitation.HandleAsync(id, ct);
        Message = "The invitation is cancelled; its link no longer works.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Me = await CurrentPerson.GetAsync(ct);
        if (Me.Role == UserRole.Patient)
        {
            Grants = await grants.HandleAsync(ct);
            PendingInvitations = await invitations.HandleAsync(ct);
        }
        else
        {
            Caseload = await caseload.HandleAsync(CaseloadHandler.SortKeys.Contains(Sort ?? "") ? Sort : null, ct);
        }
    }
}
