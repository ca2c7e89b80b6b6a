using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Platform.Input;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.CareTeam;

/// <summary>One person who shares with the caller: what they share, and a therapist's private notes.</summary>
public sealed class PatientModel(
    ListTherapistNotesHandler notes,
    AddTherapistNoteHandler addNote,
    PatientSummaryHandler summary,
    Guide.GuideCatalogue guide,
    PeopleDirectory people) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid PatientId { get; set; }

    [BindProperty]
    [MultiLine]
    public string? NoteText { get; set; }

    public SharedPatientResponse Client { get; private set; } = null!;
    public IReadOnlyList<TherapistNoteResponse> Notes { get; private set; } = [];
    public bool IsTherapist { get; private set; }

    /// <summary>The reader's own zone: notes and alerts are shown in the viewer's time, like every other page.</summary>
    public string ViewerTimeZone { get; private set; } = "UTC";
    public IReadOnlyList<CheckInResponse>? RecentCheckIns { get; private set; }
    public IReadOnlyList<AlertResponse>? OpenAlerts { get; private set; }
    public ScoreTrend? Phq9 { get; private set; }
    public ScoreTrend? Gad7 { get; private set; }
    public IReadOnlyList<UpcomingSessionResponse>? UpcomingSessions { get; private set; }

    /// <summary>The caregivers' guide on being the support person, shown on the page itself for a session day.</summary>
    public Guide.GuideSection? SessionDayAdvice =>
        guide.Find(SessionDayArticle)?.Headed.FirstOrDefault(s => s.Id == SessionDaySection);

    public const string SessionDayArticle = "for-caregivers";
    public const string SessionDaySection = "if-you-are-the-support-person-at-home";

    /// <summary>Where the person is, for their crisis lines beside an alert.</summary>
    public ICrisisPlace PatientPlace { get; private set; } = CrisisPlace.Unknown;

    public bool Shares(string scope) => Client.Scopes.Contains(scope);

    /// <summary>The person's name when they have stopped sharing with the reader; the page then says only that.</summary>
    public string? EndedSharingWith { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromServices] FindEndedSharingHandler ended, CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
            return Page();
        }
        catch (RecordNotFoundException)
        {
            EndedSharingWith = await ended.HandleAsync(PatientId, ct);
            if (EndedSharingWith is null)
            {
                throw;
            }

            return Page();
        }
    }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken ct)
    {
        return await SubmitAsync(async () =>
        {
            await addNote.HandleAsync(PatientId, new AddNoteRequest(NoteText), ct);
            return RedirectToPage(new { PatientId });
        }, onRefused: () => LoadAsync(ct), prefix: "Note");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var shared = await summary.HandleAsync(PatientId, ct);
        (Client, RecentCheckIns, OpenAlerts, Phq9, Gad7, UpcomingSessions) =
            (shared.Person, shared.RecentCheckIns, shared.OpenAlerts, shared.Phq9, shared.Gad7, shared.UpcomingSessions);
        var viewer = await CurrentPerson.GetAsync(ct);
        IsTherapist = viewer.Role == UserRole.Therapist;
        ViewerTimeZone = viewer.TimeZone;
        PatientPlace = await people.GetAsync(PatientId, ct);
        if (IsTherapist)
        {
            Notes = await notes.HandleAsync(PatientId, ct);
        }
    }
}
