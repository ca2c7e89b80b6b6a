using Lantern.Web.Features.Sessions.Day;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>
/// Prepare for a session: the pre-dose blood pressure (whose answer, flags and crisis route come back on this very
/// page), the checklist with the benzodiazepine question, an intention and the support person, then "start session",
/// which the blood-pressure gate may refuse with the provider's contact. A running session moves to dosing-day mode.
/// </summary>
public sealed class PrepareModel(
    SessionReader reader,
    PlanSessionHandler plan,
    StartSessionHandler start,
    CancelSessionHandler cancel,
    RecordVitalsHandler vitals,
    ListSupportPeopleHandler people,
    TimeProvider time) : SessionPageModel(vitals, time)
{
    [BindProperty]
    public PreparationInput Prep { get; set; } = new();

    [BindProperty]
    public int? DosedMinutesAgo { get; set; }

    [BindProperty]
    public DateRow Move { get; set; } = new();

    public IReadOnlyList<SupportPersonOption> People { get; private set; } = [];
    public string? Refusal { get; private set; }
    public string? RefusalReason { get; private set; }

    public string? Message => Saved switch
    {
        "prep" => "Your preparation is saved.",
        "moved" => "The session's date and time are changed.",
        "cancelled" => "Session cancelled.",
        "planned" => "Session planned again.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Session.State == "started" && (Bundle.IsOwner || Bundle.IsSupportPerson))
        {
            return Redirect($"/sessions/{id}/day");
        }

        if (Session.State == "finished" && Bundle.IsOwner)
        {
            return Redirect($"/sessions/{id}/after");
        }

        Prep = PreparationInput.From(Session);
        if (Bundle.IsOwner)
        {
            People = await people.HandleAsync(ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReadingAsync(Guid id, CancellationToken ct)
    {
        return await SaveReadingAsync(id, async () =>
        {
            await LoadOwnedAsync(id, ct);
            Prep = PreparationInput.From(Session);
        }, ct);
    }

    public async Task<IActionResult> OnPostPrepareAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            await plan.HandleAsync(id, Prep.ToRequest(), ct);
            return Redirect($"/sessions/{id}?saved=prep#checklist-title");
        }, () => LoadOwnedAsync(id, ct), prefix: null);
    }

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            await start.HandleAsync(id, DosedMinutesAgo ?? 0, ct);
            return Redirect($"/sessions/{id}/day");
        }, async () =>
        {
            await LoadOwnedAsync(id, ct);
            Prep = PreparationInput.From(Session);
        }, prefix: null, onConflict: conflict =>
        {
            Refusal = conflict.Message;
            RefusalReason = conflict.Reason;
            Safety = conflict.Extension<SafetyResponse>("safety");
        });
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, CancellationToken ct) =>
        await ChangeAsync(id, () => plan.HandleAsync(id, new PlanSessionRequest(PlannedDate: Move.Date ?? string.Empty, PlannedTime: Move.Time), ct), "moved", ct);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        await ChangeAsync(id, () => cancel.HandleAsync(id, ct), "cancelled", ct);

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) =>
        await ChangeAsync(id, () => cancel.ReopenAsync(id, ct), "planned", ct);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<SessionSaved>> change, string saved, CancellationToken ct)
    {
        return await SubmitAndShowAsync(async () =>
        {
            await change();
            return Redirect($"/sessions/{id}?saved={saved}");
        }, async () =>
        {
            await LoadOwnedAsync(id, ct);
            Prep = PreparationInput.From(Session);
        }, prefix: null);
    }

    private async Task LoadAsync(Guid id, CancellationToken ct) => Set(await reader.ReadAsync(id, ct));

    private async Task LoadOwnedAsync(Guid id, CancellationToken ct)
    {
        Set(await reader.ReadOwnedAsync(id, ct));
        People = await people.HandleAsync(ct);
    }

    private void Set(SessionBundle bundle)
    {
        Show(bundle);
        Move = new DateRow { Date = LocalTime.Iso(bundle.Session.PlannedDate), Time = SessionTimes.Time(bundle.Session.PlannedTime) };
    }
}
