using Lantern.Web.Features.Sessions.Day;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// What the three pages of one session (prepare, dosing day, after) share: the session as its reader sees it, the help
/// panel for that reader, and the blood-pressure form whose answer, flags and crisis route come back on the same page.
/// </summary>
public abstract class SessionPageModel(RecordVitalsHandler vitals, TimeProvider time) : FormPageModel
{
    [BindProperty]
    public ReadingInput Reading { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "saved")]
    public string? Saved { get; set; }

    public SessionBundle Bundle { get; private set; } = null!;
    public SessionResponse Session { get; private set; } = null!;
    public HelpPanel Help { get; private set; } = null!;
    public SafetyResponse? Safety { get; protected set; }
    public VitalsSaved? ReadingResult { get; private set; }

    /// <summary>Shows <paramref name="bundle"/> as of now, with the help meant for whoever is reading it.</summary>
    protected void Show(SessionBundle bundle)
    {
        Bundle = bundle;
        Session = SessionView.ToResponse(bundle, time.GetUtcNow());
        Help = HelpPanel.For(Session, bundle.Profile, forSupportPerson: !bundle.IsOwner);
    }

    /// <summary>Saves a blood-pressure reading and stays on the page with its answer; <paramref name="show"/> reloads the page.</summary>
    protected Task<IActionResult> SaveReadingAsync(Guid id, Func<Task> show, CancellationToken ct) =>
        SubmitAndShowAsync(async () =>
        {
            ReadingResult = await vitals.HandleAsync(id, Reading.ToRequest(), ct);
            Safety = ReadingResult.Safety;
            Reading = new ReadingInput();
            return null;
        }, show, prefix: null);
}
