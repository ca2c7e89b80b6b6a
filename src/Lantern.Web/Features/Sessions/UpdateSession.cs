using Lantern.Clinical.Ketamine;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Crisis;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Input;
using Lantern.Web.Platform.Problems;
using Lantern.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Sessions;

/// <summary>Either a Lantern caregiver who shares in the patient's sessions, or a name and number.</summary>
public sealed record SupportPersonInput(Guid? CaregiverId, string? Name, string? Phone);

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
    [MultiLine] string? ClosingNote = null);

/// <summary>
/// Plans, prepares, starts, finishes or cancels a session, in one unit of work: when the change is refused nothing of
/// it is saved. Starting is the safety gate of issue 5: no fresh reading, or one in the check-with-provider or urgent
/// band, refuses with the provider's contact (and the urgent route when it is urgent).
/// </summary>
public sealed class UpdateSessionHandler(
    LanternDbContext db,
    SessionReader reader,
    HealthDataAccess access,
    TimeProvider time,
    ILogger<UpdateSessionHandler> logger)
{
    public async Task<SessionSaved> HandleAsync(Guid id, UpdateSessionRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(id, ct);
        var session = bundle.Session;
        var now = time.GetUtcNow();
        var today = bundle.Profile.Today;
        var errors = new FieldErrors();
        var target = ParseState(request.State, errors);

        (DateOnly Date, TimeOnly Time)? planned = null;
        if (request.PlannedDate is not null || request.PlannedTime is not null)
        {
            if (session.State is SessionState.Started or SessionState.Finished)
            {
                errors.Add("plannedDate", "A session that has started can't be moved.");
            }
            else
            {
                planned = CourseInput.Planned(request.PlannedDate ?? LocalTime.Iso(session.PlannedDate),
                    request.PlannedTime ?? SessionTimes.Time(session.PlannedTime), "plannedDate", "plannedTime", today, errors);
            }
        }

        var support = request.SupportPerson is { } person ? await SupportAsync(person, errors, ct) : null;
        var ticked = request.ChecklistDone is { } done ? Ticks(done, bundle, errors) : null;
        if (request.Benzodiazepine is { Length: > 0 } benzo && !SessionCodes.BenzodiazepineAnswers.Contains(benzo))
        {
            errors.Add("benzodiazepine", "Answer yes, no or not-sure.");
        }

        var intention = CourseInput.Optional(request.Intention, SessionLimits.ShortTextMaxLength, "intention", errors);
        if (request.ClosingFeeling is { Length: > 0 } feeling && !SessionCodes.ClosingFeelings.Contains(feeling))
        {
            errors.Add("closingFeeling", "Choose okay, mixed or not-okay.");
        }

        var closingNote = CourseInput.Optional(request.ClosingNote, SessionLimits.ShortTextMaxLength, "closingNote", errors);
        if (request.DosedMinutesAgo is < 0 or > SessionMonitoring.DoseBackdateMaxMinutes)
        {
            errors.Add("dosedMinutesAgo", $"Give how many minutes ago you took the dose, from 0 to {SessionMonitoring.DoseBackdateMaxMinutes}.");
        }

        errors.ThrowIfAny();

        if (planned is { } p)
        {
            (session.PlannedDate, session.PlannedTime) = (p.Date, p.Time);
        }

        if (request.ClearSupportPerson == true)
        {
            session.SupportUserId = null;
            session.SupportName = null;
            session.SupportPhone = null;
        }
        else if (support is { } s)
        {
            (session.SupportUserId, session.SupportName, session.SupportPhone) = s;
        }

        if (ticked is not null)
        {
            session.ChecklistDone = SessionCodes.Join(ticked);
        }

        if (request.Benzodiazepine is not null)
        {
            session.Benzodiazepine = request.Benzodiazepine.Length == 0 ? null : request.Benzodiazepine;
        }

        if (request.Intention is not null)
        {
            session.Intention = intention;
        }

        if (request.ClosingFeeling is not null)
        {
            session.ClosingFeeling = request.ClosingFeeling.Length == 0 ? null : request.ClosingFeeling;
        }

        if (request.ClosingNote is not null)
        {
            session.ClosingNote = closingNote;
        }

        string? message = null;
        if (target is { } next && next != session.State)
        {
            message = await MoveAsync(bundle, next, request, now, ct);
        }
        else if (request.State is null)
        {
            SessionsLog.PreparationSaved(logger, session.Id);
        }

        session.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return new SessionSaved(SessionView.ToResponse(bundle, now), SafetyResponse.None, message);
    }

    private async Task<string> MoveAsync(SessionBundle bundle, SessionState next, UpdateSessionRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var session = bundle.Session;
        switch (session.State, next)
        {
            case (SessionState.Planned, SessionState.Started):
                await StartAsync(bundle, request, now, ct);
                return "Session started. Your support person can log their checks from their own phone.";
            case (SessionState.Started, SessionState.Finished):
                Finish(session, request, now);
                return "Session finished. Rest now; when you're ready, note how you feel.";
            case (SessionState.Planned, SessionState.Cancelled):
                session.State = SessionState.Cancelled;
                break;
            case (SessionState.Cancelled, SessionState.Planned):
                session.State = SessionState.Planned;
                break;
            default:
                throw SessionConflicts.Refused("state",
                    $"This session is {SessionCodes.StateLabel(session.State).ToLowerInvariant()}; it can't be {SessionCodes.ToCode(next)} now.");
        }

        SessionsLog.SessionStateChanged(logger, session.Id, SessionCodes.ToCode(session.State));
        return session.State == SessionState.Cancelled ? "Session cancelled." : "Session planned again.";
    }

    private async Task StartAsync(SessionBundle bundle, UpdateSessionRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var session = bundle.Session;
        var me = await access.GetContextAsync(ct);
        if (await db.DosingSessions().OwnedBy(me).AnyAsync(s => s.Id != session.Id && s.State == SessionState.Started, ct))
        {
            throw SessionConflicts.Refused("another-in-progress", "Another session is still in progress. Finish it before starting this one.");
        }

        var gate = SessionStartGate.Evaluate(bundle, now);
        if (!gate.CanStart)
        {
            SessionsLog.StartRefused(logger, session.Id, gate.Reason);
            var safety = gate.Reason == "urgent"
                ? SafetyResponse.From([Lantern.Clinical.Safety.RedFlags.BloodPressureUrgent], [], bundle.Profile)
                : null;
            throw SessionConflicts.Refused(gate.Reason, gate.Message, gate, safety);
        }

        session.State = SessionState.Started;
        session.StartedAt = now;
        session.DosedAt = now.AddMinutes(-(request.DosedMinutesAgo ?? 0));
        SessionsLog.SessionStateChanged(logger, session.Id, SessionCodes.ToCode(session.State));
    }

    private void Finish(DosingSession session, UpdateSessionRequest request, DateTimeOffset now)
    {
        var minutes = SessionView.MinutesAfter(session.DosedAt ?? now, now);
        var errors = new FieldErrors();
        if (session.ClosingFeeling is null)
        {
            errors.Add("closingFeeling", "Before you finish: how are you now?");
        }

        var early = minutes < SessionMonitoring.MinimumObservationMinutes;
        if (early && request.ConfirmEarlyFinish != true)
        {
            errors.Add("confirmEarlyFinish",
                $"It has been {SessionTimes.Duration(minutes)} since the dose. The esketamine label asks for at least 2 hours of monitoring; "
                    + "ask your provider what applies to you. To finish now, confirm that your support person will stay with you.");
        }

        errors.ThrowIfAny();
        session.State = SessionState.Finished;
        session.FinishedAt = now;
        session.FinishedEarly = early;
        SessionsLog.SessionStateChanged(logger, session.Id, SessionCodes.ToCode(session.State));
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

    private async Task<(Guid?, string?, string?)?> SupportAsync(SupportPersonInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.CaregiverId is { } caregiverId)
        {
            var me = await access.GetContextAsync(ct);
            var person = (await ListSupportPeopleHandler.QueryAsync(db, me.UserId, time.GetUtcNow(), ct)).FirstOrDefault(p => p.UserId == caregiverId);
            if (person is null)
            {
                errors.Add("supportPerson.caregiverId", "Choose someone you share your sessions with (they need two-step sign-in on).");
                return null;
            }

            return (person.UserId, person.Name, null);
        }

        var name = CourseInput.Required(input.Name, SessionLimits.NameMaxLength, "supportPerson.name", "Give your support person's name.", errors);
        var phone = CourseInput.Phone(input.Phone, "supportPerson.phone", required: false, errors);
        return name is null ? null : (null, name, phone);
    }

    private static List<string>? Ticks(IReadOnlyList<string> codes, SessionBundle bundle, FieldErrors errors)
    {
        var tickable = CourseChecklist.Read(bundle.Course.ChecklistJson)
            .Where(i => SessionChecklist.KindOf(i.Code) == ChecklistItemKind.Tick)
            .Select(i => i.Code)
            .ToHashSet(StringComparer.Ordinal);
        var ticked = new List<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            if (!tickable.Contains(codes[i]))
            {
                errors.Add($"checklistDone[{i}]", "Not an item of this course's checklist that can be ticked.");
            }
            else if (!ticked.Contains(codes[i]))
            {
                ticked.Add(codes[i]);
            }
        }

        return ticked;
    }
}
