using Lantern.Clinical.Ketamine;
using Lantern.Clinical.Safety;
using Lantern.Clinical.Vitals;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.Sessions.Courses;

namespace Lantern.Web.Features.Sessions.Day;

/// <param name="Pulse">Optional, beats per minute.</param>
/// <param name="IdempotencyKey">
/// Optional, made by the client once per reading: sending the same reading again with the same key (a retry after a
/// lost connection, a queued reading sent when the phone is back online) saves nothing new and answers as the first
/// time did.
/// </param>
public sealed record RecordVitalsRequest(int? Systolic, int? Diastolic, int? Pulse, Guid? IdempotencyKey = null);

/// <summary>What a reading means, on the same response that saved it.</summary>
public sealed record VitalsSaved(VitalResponse Reading, string Advice, string Message, ThresholdsResponse Thresholds, SessionResponse Session, SafetyResponse Safety);

/// <summary>
/// Records a blood-pressure reading in a session. When it was taken (before, about 40 minutes after, during, after) is
/// worked out here from the session, never taken from the request. Before the dose a reading in the check band raises
/// <c>bp-check-before-dosing</c> and one in the urgent band <c>bp-urgent</c>; after the dose only the urgent band raises
/// an alert, because a rise is expected then (clinical.md §4.1) and the advice is to measure again. Alerts are saved in
/// the same unit of work as the reading, and the crisis route is on the same response. A reading sent again with the
/// same idempotency key is answered as saved, never stored twice (the unique index on session and key holds that when
/// two copies race).
/// </summary>
public sealed class RecordVitalsHandler(LanternDbContext db, SessionReader reader, AlertRaiser alerts, TimeProvider time, ILogger<RecordVitalsHandler> logger)
{
    public async Task<VitalsSaved> HandleAsync(Guid sessionId, RecordVitalsRequest request, CancellationToken ct)
    {
        var bundle = await reader.ReadOwnedAsync(sessionId, ct);
        var session = bundle.Session;
        if (session.State == SessionState.Cancelled)
        {
            throw SessionConflicts.Refused("cancelled", "This session was cancelled. Plan it again to record readings in it.");
        }

        var now = time.GetUtcNow();
        if (request.IdempotencyKey is { } key && bundle.Vitals.FirstOrDefault(v => v.IdempotencyKey == key) is { } earlier)
        {
            // Already saved, with any alert it raised: this answer only repeats what the reading meant.
            return Answer(bundle, earlier, [], now);
        }

        var (systolic, diastolic, pulse) = Validate(request);
        var minutes = session.DosedAt is { } dosedAt && session.State != SessionState.Planned ? SessionView.MinutesAfter(dosedAt, now) : (int?)null;
        var timing = session.State switch
        {
            SessionState.Planned => VitalTiming.Before,
            SessionState.Finished => VitalTiming.After,
            _ when minutes >= SessionMonitoring.BloodPressureCountsFromMinute && !bundle.Vitals.Any(v => v.Timing == VitalTiming.FortyMinutes)
                => VitalTiming.FortyMinutes,
            _ => VitalTiming.During,
        };

        var thresholds = bundle.Course.Thresholds;
        var assessment = BloodPressure.AssessForDosingDay(systolic, diastolic, thresholds);
        var vital = new SessionVital
        {
            PatientId = session.PatientId,
            SessionId = session.Id,
            Timing = timing,
            Systolic = systolic,
            Diastolic = diastolic,
            Pulse = pulse,
            Category = assessment.CategoryCode,
            Advice = assessment.AdviceCode,
            TakenAt = now,
            MinutesAfterDose = minutes,
            RecordedBy = session.PatientId,
            IdempotencyKey = request.IdempotencyKey,
        };
        db.Add(vital);

        var raised = alerts.Stage(session.PatientId, FlagsFor(timing, assessment), AlertOrigin.DosingSession, session.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (request.IdempotencyKey is { } racedKey)
        {
            // Two copies of one reading raced and the other was saved first: nothing of this one was kept.
            db.ChangeTracker.Clear();
            var saved = await reader.ReadOwnedAsync(sessionId, ct);
            if (saved.Vitals.FirstOrDefault(v => v.IdempotencyKey == racedKey) is not { } first)
            {
                throw;
            }

            return Answer(saved, first, [], now);
        }

        SessionsLog.VitalSaved(logger, session.Id, vital.Id);
        return Answer(bundle with { Vitals = [.. bundle.Vitals, vital] }, vital, raised.Select(a => a.Id), now);
    }

    private static VitalsSaved Answer(SessionBundle bundle, SessionVital vital, IEnumerable<Guid> raisedAlertIds, DateTimeOffset now)
    {
        var thresholds = bundle.Course.Thresholds;
        var assessment = BloodPressure.AssessForDosingDay(vital.Systolic, vital.Diastolic, thresholds);
        return new VitalsSaved(
            VitalResponse.From(vital),
            assessment.AdviceCode,
            Message(vital.Timing, assessment, bundle.Course),
            ThresholdsResponse.From(thresholds),
            SessionView.ToResponse(bundle, now),
            SafetyResponse.From(FlagsFor(vital.Timing, assessment), raisedAlertIds, bundle.Profile));
    }

    /// <summary>The flags a reading raises: before the dose, whatever the assessment says; after it, only the urgent band.</summary>
    public static IReadOnlyList<RedFlag> FlagsFor(VitalTiming timing, BloodPressureAssessment assessment) =>
        assessment.Flag is not { } flag ? []
        : timing == VitalTiming.Before || assessment.Advice == DosingDayAdvice.UrgentSeekCareNow ? [flag]
        : [];

    private static string Message(VitalTiming timing, BloodPressureAssessment assessment, KetamineCourse course) =>
        (timing, assessment.Advice) switch
        {
            (_, DosingDayAdvice.UrgentSeekCareNow) => assessment.Message,
            (VitalTiming.Before, _) => assessment.Message,
            (_, DosingDayAdvice.CheckWithProviderBeforeDosing) =>
                "This reading is above your dosing-day level. Blood pressure often rises for a while after ketamine. Sit quietly and "
                    + $"measure again in about 15 minutes. If it stays this high, or you feel unwell, call {course.ProviderName} on {course.ProviderPhone}.",
            _ => "Saved. This reading is below the level set for checking.",
        };

    private static (int Systolic, int Diastolic, int? Pulse) Validate(RecordVitalsRequest request)
    {
        var errors = new FieldErrors();
        if (request.Systolic is null)
        {
            errors.Add("systolic", "Enter the top number (systolic).");
        }

        if (request.Diastolic is null)
        {
            errors.Add("diastolic", "Enter the bottom number (diastolic).");
        }

        if (request.Systolic is { } s && request.Diastolic is { } d)
        {
            errors.AddRange(BloodPressure.Validate(s, d));
        }

        if (request.Pulse is < SessionLimits.PulseMin or > SessionLimits.PulseMax)
        {
            errors.Add("pulse", $"Pulse must be from {SessionLimits.PulseMin} to {SessionLimits.PulseMax} beats a minute, or left out.");
        }

        errors.ThrowIfAny();
        return (request.Systolic!.Value, request.Diastolic!.Value, request.Pulse);
    }
}
