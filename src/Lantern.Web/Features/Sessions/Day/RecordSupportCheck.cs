using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Day;

/// <param name="Responsiveness"><c>awake</c>, <c>drowsy</c> or <c>hard-to-wake</c>.</param>
/// <param name="Calmness"><c>calm</c>, <c>uneasy</c> or <c>very-distressed</c>.</param>
/// <param name="IdempotencyKey">
/// Optional, made by the client once per check: sending the same check again with the same key (a retry after a lost
/// connection, a queued check sent when the phone is back online) saves nothing new and answers as the first time did.
/// </param>
public sealed record RecordCheckRequest(string? Responsiveness, string? Calmness, bool? BreathingConcern, [MultiLine] string? Note, Guid? IdempotencyKey = null);

/// <summary>
/// Logs a 15-minute check while a session runs. The patient may, and so may the caregiver named as this session's
/// support person, from their own account: the one write a grantee can make in Lantern. The session is found through
/// the chokepoint under <see cref="AccessScope.Sessions"/> (so a revoked or narrowed grant fails like a missing
/// session), the caller must be the named support person, and the write is audited. Someone hard to wake, or breathing
/// that worries the support person, raises an emergency alert in the same save. A check sent again with the same
/// idempotency key (a phone that was offline retrying) is found and answered as saved, never stored twice; the unique
/// index on session and key holds that when two copies race.
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
        if (request.IdempotencyKey is { } key && bundle.Checks.FirstOrDefault(c => c.IdempotencyKey == key) is { } earlier)
        {
            // Already saved: the alert it raised went with it, so this answer only repeats what the check meant.
            return Answer(bundle, earlier, [], time.GetUtcNow());
        }

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
            IdempotencyKey = request.IdempotencyKey,
        };
        db.Add(check);
        var raised = alerts.Stage(session.PatientId, answers.Flags(), AlertOrigin.DosingSession, session.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is { } racedKey)
        {
            // Two copies of one check raced and the other was saved first: nothing of this one was kept.
            db.ChangeTracker.Clear();
            var saved = await reader.ReadAsync(sessionId, ct);
            if (saved.Checks.FirstOrDefault(c => c.IdempotencyKey == racedKey) is not { } first)
            {
                throw;
            }

            return Answer(saved, first, [], now);
        }

        if (bundle.IsSupportPerson)
        {
            audit.Record(AuditAction.RecordWritten, bundle.CallerId, session.PatientId, nameof(SupportCheck), check.Id.ToString(), AuditOutcome.Success);
        }

        SessionsLog.CheckSaved(logger, session.Id, check.Id, bundle.IsSupportPerson ? "support-person" : "patient");
        return Answer(bundle with { Checks = [.. bundle.Checks, check] }, check, raised.Select(a => a.Id), now);
    }

    private static SessionSaved Answer(SessionBundle bundle, SupportCheck check, IEnumerable<Guid> raisedAlertIds, DateTimeOffset now)
    {
        var answers = SupportCheckAnswers.Parse(check.Responsiveness, check.Calmness, check.BreathingConcern);
        var flags = answers.Flags();
        var message = answers.Calmness == Calmness.VeryDistressed && flags.Count == 0
            ? "Stay close and speak calmly. Strong feelings often pass as the dose wears off. If you are worried, call the provider or a line below."
            : "Check saved.";
        return new SessionSaved(SessionView.ToResponse(bundle, now), SafetyResponse.From(flags, raisedAlertIds, bundle.Profile), message);
    }
}
