using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Day;

/// <param name="Responsiveness"><c>awake</c>, <c>drowsy</c> or <c>hard-to-wake</c>.</param>
/// <param name="Calmness"><c>calm</c>, <c>uneasy</c> or <c>very-distressed</c>.</param>
public sealed record RecordCheckRequest(string? Responsiveness, string? Calmness, bool? BreathingConcern, [MultiLine] string? Note);

/// <summary>
/// Logs a 15-minute check while a session runs. The patient may, and so may the caregiver named as this session's
/// support person, from their own account: the one write a grantee can make in Lantern. The session is found through
/// the chokepoint under <see cref="AccessScope.Sessions"/> (so a revoked or narrowed grant fails like a missing
/// session), the caller must be the named support person, and the write is audited. Someone hard to wake, or breathing
/// that worries the support person, raises an emergency alert in the same save.
/// </summary>
public sealed class RecordSupportCheckHandler(
    LanternDbContext db,
    SessionReader reader,
    AlertRaiser alerts,
    AuditLog audit,
    TimeProvider time,
    ILogger<RecordSupportCheckHandler> logger)
{
    public async Task<SessionSaved> HandleAsync(Guid sessionId, RecordCheckRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadAsync(sessionId, ct);
        if (!bundle.IsOwner && !bundle.IsSupportPerson)
        {
            // Sharing the sessions scope lets someone read; only the named support person may log a check.
            throw new RecordNotFoundException();
        }

        var session = bundle.Session;
        if (session is not { State: SessionState.Started, DosedAt: { } dosedAt })
        {
            throw SessionConflicts.Refused("not-started", "Checks are logged while a session is running. This one is not in progress.");
        }

        var answers = SupportCheckAnswers.Parse(request.Responsiveness, request.Calmness, request.BreathingConcern);
        var errors = new FieldErrors();
        var note = CourseInput.Optional(request.Note, SessionLimits.ShortTextMaxLength, "note", errors);
        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var check = new SupportCheck
        {
            PatientId = session.PatientId,
            SessionId = session.Id,
            CheckedAt = now,
            MinutesAfterDose = SessionView.MinutesAfter(dosedAt, now),
            Responsiveness = SupportCheckAnswers.ToCode(answers.Responsiveness),
            Calmness = SupportCheckAnswers.ToCode(answers.Calmness),
            BreathingConcern = answers.BreathingConcern,
            Note = note,
            RecordedBy = bundle.CallerId,
        };
        db.Add(check);
        var flags = answers.Flags();
        var raised = alerts.Stage(session.PatientId, flags, AlertOrigin.DosingSession, session.Id);
        await db.SaveChangesAsync(ct);
        if (bundle.IsSupportPerson)
        {
            audit.Record(AuditAction.RecordWritten, bundle.CallerId, session.PatientId, nameof(SupportCheck), check.Id.ToString(), AuditOutcome.Success);
        }

        SessionsLog.CheckSaved(logger, session.Id, check.Id, bundle.IsSupportPerson ? "support-person" : "patient");
        var updated = bundle with { Checks = [.. bundle.Checks, check] };
        var message = answers.Calmness == Calmness.VeryDistressed && flags.Count == 0
            ? "Stay close and speak calmly. Strong feelings often pass as the dose wears off. If you are worried, call the provider or a line below."
            : "Check saved.";
        return new SessionSaved(SessionView.ToResponse(updated, now), SafetyResponse.From(flags, raised.Select(a => a.Id), bundle.Profile), message);
    }
}
