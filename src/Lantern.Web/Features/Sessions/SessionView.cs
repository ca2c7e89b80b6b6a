using Lantern.Clinical.Ketamine;
using Lantern.Web.Features.Sessions.Courses;
using Lantern.Web.Features.Sessions.Prepare;

namespace Lantern.Web.Features.Sessions;

/// <summary>
/// Turns a <see cref="SessionBundle"/> into the <see cref="SessionResponse"/> the API and pages share. The mapping is
/// explicit so it is plain which fields leave the server, and free text is left out unless the caller may read it.
/// </summary>
public static class SessionView
{
    public static SessionResponse ToResponse(SessionBundle bundle, DateTimeOffset now)
    {
        var (session, course, profile) = (bundle.Session, bundle.Course, bundle.Profile);
        var freeText = bundle.FreeTextShared;
        var monitoring = session is { State: SessionState.Started, DosedAt: { } dosedAt } ? Monitoring(bundle, dosedAt, now) : null;
        return new SessionResponse(
            session.Id,
            session.CourseId,
            session.PatientId,
            SessionCodes.ToCode(session.State),
            session.PlannedDate,
            session.PlannedTime,
            LocalTime.At(session.PlannedDate, session.PlannedTime, profile.TimeZone),
            profile.TimeZone,
            session.IsBooster,
            course.Route,
            course.PrescribedDose,
            ProviderResponse.From(course),
            SupportPerson(session),
            Checklist(bundle),
            session.Benzodiazepine,
            session.Benzodiazepine is "yes" or "not-sure" ? SessionChecklist.BenzodiazepineNote : null,
            freeText ? session.Intention : null,
            freeText,
            session.StartedAt,
            session.DosedAt,
            session.FinishedAt,
            session.FinishedEarly,
            session.ClosingFeeling,
            freeText ? session.ClosingNote : null,
            monitoring,
            session.State == SessionState.Planned ? SessionStartGate.Evaluate(bundle, now) : null,
            bundle.Vitals.Select(VitalResponse.From).ToArray(),
            bundle.Checks.Select(c => Check(bundle, c)).ToArray(),
            bundle.SideEffects is { } effects ? SideEffectsResponse.From(effects) : null,
            freeText ? JournalResponse.From(bundle.Journal) : null,
            bundle.IsOwner,
            session.State == SessionState.Started && (bundle.IsOwner || bundle.IsSupportPerson),
            now);
    }

    public static MonitoringResponse Monitoring(SessionBundle bundle, DateTimeOffset dosedAt, DateTimeOffset now)
    {
        var minutes = MinutesAfter(dosedAt, now);
        var status = SessionMonitoring.Status(
            minutes,
            bundle.Checks.Select(c => c.MinutesAfterDose),
            bundle.Vitals.Where(v => v.Timing is VitalTiming.FortyMinutes or VitalTiming.During && v.MinutesAfterDose is not null)
                .Select(v => v.MinutesAfterDose!.Value));
        return MonitoringResponse.From(dosedAt, status);
    }

    /// <summary>Whole minutes from the dose to <paramref name="at"/>, never negative.</summary>
    public static int MinutesAfter(DateTimeOffset dosedAt, DateTimeOffset at) => Math.Max(0, (int)Math.Floor((at - dosedAt).TotalMinutes));

    public static IReadOnlyList<ChecklistItemResponse> Checklist(SessionBundle bundle)
    {
        var ticked = SessionCodes.Split(bundle.Session.ChecklistDone).ToHashSet(StringComparer.Ordinal);
        var hasReading = bundle.Vitals.Any(v => v.Timing == VitalTiming.Before);
        return CourseChecklist.ForReader(CourseChecklist.Read(bundle.Course.ChecklistJson), bundle.FreeTextShared)
            .Select(item =>
            {
                var kind = SessionChecklist.KindOf(item.Code);
                var done = kind switch
                {
                    ChecklistItemKind.BloodPressureRecorded => hasReading,
                    ChecklistItemKind.IntentionWritten => !string.IsNullOrWhiteSpace(bundle.Session.Intention),
                    ChecklistItemKind.Tick => ticked.Contains(item.Code),
                };
                return new ChecklistItemResponse(item.Code, item.Text, done, kind != ChecklistItemKind.Tick,
                    SessionChecklist.DefaultFor(item.Code)?.CanRemove ?? true);
            })
            .ToArray();
    }

    private static SupportPersonResponse? SupportPerson(DosingSession session) => session switch
    {
        { SupportUserId: { } userId } => new("caregiver", userId, session.SupportName ?? "Your caregiver", null, null),
        { SupportName: { } name } => new("contact", null, name, session.SupportPhone,
            session.SupportPhone is { } phone ? ProviderResponse.TelLink(phone) : null),
        _ => null,
    };

    private static CheckResponse Check(SessionBundle bundle, SupportCheck check)
    {
        var bySupport = check.RecordedBy != bundle.Session.PatientId;
        var noteVisible = bundle.FreeTextShared || check.RecordedBy == bundle.CallerId;
        return new CheckResponse(
            check.Id,
            check.CheckedAt,
            check.MinutesAfterDose,
            check.Responsiveness,
            check.Calmness,
            check.BreathingConcern,
            noteVisible ? check.Note : null,
            bySupport ? "support-person" : "patient",
            bySupport ? bundle.Session.SupportName ?? "Support person" : "Patient");
    }
}
