using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.Sessions;

namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// What a caregiver or therapist sees first about one person: each part is null when that kind of record is not
/// shared with the caller, so a client can tell "not shared" from "nothing yet" (an empty list).
/// </summary>
public sealed record PatientSummaryResponse(
    SharedPatientResponse Person,
    IReadOnlyList<CheckInResponse>? RecentCheckIns,
    ScoreTrend? Phq9,
    ScoreTrend? Gad7,
    IReadOnlyList<AlertResponse>? OpenAlerts,
    IReadOnlyList<UpcomingSessionResponse>? UpcomingSessions);

/// <summary>A planned or running dosing session, in the patient's own wall-clock time; no free text.</summary>
public sealed record UpcomingSessionResponse(Guid SessionId, DateOnly Date, TimeOnly Time, string State, bool IsBooster, bool YouAreTheSupportPerson);

/// <summary>
/// The shared summary behind <c>/api/v1/careteam/patients/{id}/summary</c> and the client page. The patient is opened
/// through the access chokepoint once; each part is read with its own scope and audited as that kind of record, and the
/// request's events are written together.
/// </summary>
public sealed class PatientSummaryHandler(
    OpenSharedPatientHandler openPatient, LanternDbContext db, HealthDataAccess access, ListCheckInsHandler checkIns, ListAlertsHandler alerts)
{
    public const int RecentDays = 14;

    public const int UpcomingShown = 5;

    public async Task<PatientSummaryResponse> HandleAsync(Guid patientId, CancellationToken ct)
    {
        var person = await openPatient.HandleAsync(patientId, ct);
        var patient = await access.OpenPatientAsync(patientId, ct);

        IReadOnlyList<CheckInResponse>? recent = null;
        if (patient.CanRead(AccessScope.Mood))
        {
            recent = (await checkIns.ListAsync(patient, null, null, ct)).TakeLast(RecentDays).Reverse().ToArray();
        }

        ScoreTrend? phq9 = null, gad7 = null;
        if (patient.CanRead(AccessScope.Questionnaires))
        {
            var responses = patient.Query(db.Set<QuestionnaireResponse>().AsNoTracking(), AccessScope.Questionnaires);
            async Task<ScoreTrend?> TrendAsync(string instrument) => CaseloadHandler.ToTrend(
                (await responses.Where(r => r.Instrument == instrument)
                    .OrderByDescending(r => r.CompletedAt)
                    .Select(r => new { r.Total, r.Band, r.Day })
                    .Take(2)
                    .ToListAsync(ct)).Select(r => (r.Total, r.Band, r.Day)).ToArray());
            phq9 = await TrendAsync("phq9");
            gad7 = await TrendAsync("gad7");
        }

        var open = patient.CanRead(AccessScope.Alerts) ? await alerts.ListAsync(patient, openOnly: true, ct) : null;

        IReadOnlyList<UpcomingSessionResponse>? upcoming = null;
        if (patient.CanRead(AccessScope.Sessions))
        {
            var today = patient.Patient.Today;
            var sessions = patient.Query(db.Set<DosingSession>().AsNoTracking(), AccessScope.Sessions);
            upcoming = (await sessions
                    .Where(x => x.State == SessionState.Started || (x.State == SessionState.Planned && x.PlannedDate >= today))
                    .OrderBy(x => x.PlannedDate)
                    .Take(UpcomingShown * 2)
                    .ToListAsync(ct))
                .OrderByDescending(x => x.State == SessionState.Started).ThenBy(x => x.PlannedDate).ThenBy(x => x.PlannedTime)
                .Take(UpcomingShown)
                .Select(x => new UpcomingSessionResponse(x.Id, x.PlannedDate, x.PlannedTime, SessionCodes.ToCode(x.State), x.IsBooster,
                    x.SupportUserId == patient.Access.UserId))
                .ToArray();
        }

        return new PatientSummaryResponse(person, recent, phq9, gad7, open, upcoming);
    }
}
