using Lantern.Clinical.Ketamine;

namespace Lantern.Web.Features.Sessions.Prepare;

/// <summary>
/// Starts a planned session. This is the safety gate of issue 5: no fresh pre-dose reading, or one in the
/// check-with-provider or urgent band, refuses with the provider's contact (and the urgent route when it is urgent);
/// so does another session still in progress. When refused nothing is saved.
/// </summary>
public sealed class StartSessionHandler(
    LanternDbContext db,
    SessionReader reader,
    HealthDataAccess access,
    TimeProvider time,
    ILogger<StartSessionHandler> logger)
{
    /// <param name="dosedMinutesAgo">The dose was taken this many minutes ago (0 to 180); now when null.</param>
    public async Task<SessionSaved> HandleAsync(Guid id, int? dosedMinutesAgo, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(id, ct);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        CheckDose(dosedMinutesAgo, errors);
        errors.ThrowIfAny();
        var message = await StartAsync(bundle, dosedMinutesAgo, now, ct);
        return await SessionChanges.SaveAsync(db, bundle, now, message, ct);
    }

    internal static void CheckDose(int? dosedMinutesAgo, FieldErrors errors)
    {
        if (dosedMinutesAgo is < 0 or > SessionMonitoring.DoseBackdateMaxMinutes)
        {
            errors.Add("dosedMinutesAgo", $"Give how many minutes ago you took the dose, from 0 to {SessionMonitoring.DoseBackdateMaxMinutes}.");
        }
    }

    /// <summary>Starts the session through the gate; null when it had already started.</summary>
    internal async Task<string?> StartAsync(SessionBundle bundle, int? dosedMinutesAgo, DateTimeOffset now, CancellationToken ct)
    {
        var session = bundle.Session;
        if (!SessionChanges.Moves(session, SessionState.Planned, SessionState.Started))
        {
            return null;
        }

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

        session.StartedAt = now;
        session.DosedAt = now.AddMinutes(-(dosedMinutesAgo ?? 0));
        SessionChanges.MoveTo(session, SessionState.Started, logger);
        return "Session started. Your support person can log their checks from their own phone.";
    }
}
