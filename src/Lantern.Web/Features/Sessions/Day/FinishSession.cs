using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Platform.Input;

namespace Lantern.Web.Features.Sessions.Day;

/// <summary>"How are you now" and a note, and whether to finish before the two hours of monitoring are up.</summary>
public sealed record FinishSessionRequest(string? ClosingFeeling, [MultiLine] string? ClosingNote, bool? ConfirmEarlyFinish);

/// <summary>
/// Finishes a started session with "how are you now"; before two hours of monitoring only when the patient confirms
/// that their support person stays. When refused nothing is saved.
/// </summary>
public sealed class FinishSessionHandler(
    LanternDbContext db,
    SessionReader reader,
    TimeProvider time,
    ILogger<FinishSessionHandler> logger)
{
    public async Task<SessionSaved> HandleAsync(Guid id, FinishSessionRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(id, ct);
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        var closingNote = CheckClosing(request.ClosingFeeling, request.ClosingNote, errors);
        errors.ThrowIfAny();
        ApplyClosing(bundle.Session, request.ClosingFeeling, request.ClosingNote, closingNote);
        var message = Finish(bundle.Session, bundle.Course.RouteValue, request.ConfirmEarlyFinish, now);
        return await SessionChanges.SaveAsync(db, bundle, now, message, ct);
    }

    /// <summary>Checks the closing answers into <paramref name="errors"/>; the note as it will be kept.</summary>
    internal static string? CheckClosing(string? feeling, string? note, FieldErrors errors)
    {
        if (feeling is { Length: > 0 } && !SessionCodes.ClosingFeelings.Contains(feeling))
        {
            errors.Add("closingFeeling", "Choose okay, mixed or not-okay.");
        }

        return CourseInput.Optional(note, SessionLimits.ShortTextMaxLength, "closingNote", errors);
    }

    /// <summary>Keeps the closing answers that were given; null leaves one as it is, empty clears it.</summary>
    internal static void ApplyClosing(DosingSession session, string? feeling, string? note, string? checkedNote)
    {
        if (feeling is not null)
        {
            session.ClosingFeeling = feeling.Length == 0 ? null : feeling;
        }

        if (note is not null)
        {
            session.ClosingNote = checkedNote;
        }
    }

    /// <summary>Finishes the session; null when it had already finished.</summary>
    internal string? Finish(DosingSession session, KetamineRoute route, bool? confirmEarlyFinish, DateTimeOffset now)
    {
        if (!SessionChanges.Moves(session, SessionState.Started, SessionState.Finished))
        {
            return null;
        }

        var minutes = SessionView.MinutesAfter(session.DosedAt ?? now, now);
        var errors = new FieldErrors();
        if (session.ClosingFeeling is null)
        {
            errors.Add("closingFeeling", "Before you finish: how are you now?");
        }

        var early = minutes < SessionMonitoring.MinimumObservationMinutes;
        if (early && confirmEarlyFinish != true)
        {
            // Worded for the route: the esketamine label is cited only to someone whose route it is.
            var advice = ObservationAdvice.For(route);
            errors.Add("confirmEarlyFinish",
                $"It has been {SessionTimes.Duration(minutes)} since the dose. {advice.Before} To finish now, tick \"{advice.ConfirmEarly}\".");
        }

        errors.ThrowIfAny();
        session.FinishedAt = now;
        session.FinishedEarly = early;
        SessionChanges.MoveTo(session, SessionState.Finished, logger);
        return "Session finished. Rest now; when you're ready, note how you feel.";
    }
}
