using Lantern.Web.Features.Sessions.Day;
using Lantern.Web.Features.Sessions.Prepare;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A change to one session. Every field is optional: null leaves it as it is. <paramref name="State"/> moves the
/// session on: <c>started</c> (only with a fresh pre-dose reading below the check level), <c>finished</c> (with "how
/// are you now"; before two hours only with <paramref name="ConfirmEarlyFinish"/>), <c>cancelled</c>, or back to
/// <c>planned</c> after a cancellation.
/// </summary>
/// <param name="DosedMinutesAgo">With <c>started</c>: the dose was taken this many minutes ago (0 to 180); now when left out.</param>
public sealed record UpdateSessionRequest(
    string? PlannedDate = null,
    string? PlannedTime = null,
    SupportPersonInput? SupportPerson = null,
    bool? ClearSupportPerson = null,
    IReadOnlyList<string>? ChecklistDone = null,
    string? Benzodiazepine = null,
    [MultiLine] string? Intention = null,
    string? State = null,
    int? DosedMinutesAgo = null,
    bool? ConfirmEarlyFinish = null,
    string? ClosingFeeling = null,
    [MultiLine] string? ClosingNote = null)
{
    internal PlanSessionRequest Plan => new(PlannedDate, PlannedTime, SupportPerson, ClearSupportPerson, ChecklistDone, Benzodiazepine, Intention);
}

/// <summary>
/// PUT /api/v1/sessions/{id}: one request may carry the plan, the closing answers and a step to another state. Every
/// field is checked first; then the plan and the answers are applied and the step is handed to its use case
/// (<see cref="StartSessionHandler"/>, <see cref="FinishSessionHandler"/>, <see cref="CancelSessionHandler"/>), all in
/// one unit of work: when the change is refused nothing of it is saved.
/// </summary>
public sealed class UpdateSessionRoute(
    LanternDbContext db,
    SessionReader reader,
    TimeProvider time,
    PlanSessionHandler plan,
    StartSessionHandler start,
    FinishSessionHandler finish,
    CancelSessionHandler cancel,
    ILogger<UpdateSessionRoute> logger)
{
    public async Task<SessionSaved> HandleAsync(Guid id, UpdateSessionRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(id, ct);
        var session = bundle.Session;
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var target = ParseState(request.State, errors);
        var checkedPlan = await plan.CheckAsync(bundle, request.Plan, errors, ct);
        var closingNote = FinishSessionHandler.CheckClosing(request.ClosingFeeling, request.ClosingNote, errors);
        StartSessionHandler.CheckDose(request.DosedMinutesAgo, errors);
        errors.ThrowIfAny();

        PlanSessionHandler.Apply(session, checkedPlan);
        FinishSessionHandler.ApplyClosing(session, request.ClosingFeeling, request.ClosingNote, closingNote);
        var message = target switch
        {
            SessionState.Started => await start.StartAsync(bundle, request.DosedMinutesAgo, now, ct),
            SessionState.Finished => finish.Finish(session, bundle.Course.RouteValue, request.ConfirmEarlyFinish, now),
            SessionState.Cancelled => cancel.Cancel(session),
            SessionState.Planned => cancel.Reopen(session),
            _ => null,
        };
        if (request.State is null)
        {
            SessionsLog.PreparationSaved(logger, session.Id);
        }

        return await SessionChanges.SaveAsync(db, bundle, now, message, ct);
    }

    private static SessionState? ParseState(string? code, FieldErrors errors)
    {
        if (code is null)
        {
            return null;
        }

        var state = SessionCodes.StateFromCode(code);
        if (state is null)
        {
            errors.Add("state", "Use planned, started, finished or cancelled.");
        }

        return state;
    }
}
