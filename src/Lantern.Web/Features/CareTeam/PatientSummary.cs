using Lantern.Web.Features.Alerts;
using Lantern.Web.Features.CheckIns;
using Lantern.Web.Features.Journey;
using Lantern.Web.Features.Questionnaires;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

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
/// The shared summary behind <c>/api/v1/careteam/patients/{id}/summary</c> and the client page. Every part is read
/// through the access chokepoint with its own scope, so each is audited as that kind of record.
/// </summary>
public sealed class PatientSummaryHandler(
    MyPatientsHandler people, LanternDbContext db, HealthDataAccess access, ListCheckInsHandler checkIns, ListAlertsHandler alerts,
    PatientProfiles profiles, TimeProvider time)
{
    public const int RecentDays = 14;

    public const int UpcomingShown = 5;

    public async Task<PatientSummaryResponse> HandleAsync(Guid patientId, CancellationToken ct)
    {
        var person = await people.OpenAsync(patientId, ct);
        var me = await access.GetContextAsync(ct);

        IReadOnlyList<CheckInResponse>? recent = null;
        if (me.CanRead(patientId, AccessScope.Mood))
        {
            recent = (await checkIns.HandleAsync(new ListCheckInsRequest(null, null, patientId), ct)).TakeLast(RecentDays).Reverse().ToArray();
        }

        ScoreTrend? phq9 = null, gad7 = null;
        if (me.CanRead(patientId, AccessScope.Questionnaires))
        {
            var responses = await access.ForPatientAsync(db.Set<QuestionnaireResponse>().AsNoTracking(), patientId, AccessScope.Questionnaires, ct);
            async Task<ScoreTrend?> TrendAsync(string instrument) => CaseloadHandler.ToTrend(
                (await responses.Where(r => r.Instrument == instrument)
                    .OrderByDescending(r => r.CompletedAt)
                    .Select(r => new { r.Total, r.Band, r.Day })
                    .Take(2)
                    .ToListAsync(ct)).Select(r => (r.Total, r.Band, r.Day)).ToArray());
            phq9 = await TrendAsync("phq9");
            gad7 = await TrendAsync("gad7");
        }

        var open = me.CanRead(patientId, AccessScope.Alerts)
            ? await alerts.HandleAsync(new ListAlertsRequest("open", patientId), ct)
            : null;

        IReadOnlyList<UpcomingSessionResponse>? upcoming = null;
        if (me.CanRead(patientId, AccessScope.Sessions))
        {
            var today = (await profiles.GetAsync(patientId, ct)).Today(time);
            var sessions = await access.ForPatientAsync(db.DosingSessions().AsNoTracking(), patientId, AccessScope.Sessions, ct);
            upcoming = (await sessions
                    .Where(x => x.State == SessionState.Started || (x.State == SessionState.Planned && x.PlannedDate >= today))
                    .OrderBy(x => x.PlannedDate)
                    .Take(UpcomingShown * 2)
                    .ToListAsync(ct))
                .OrderByDescending(x => x.State == SessionState.Started).ThenBy(x => x.PlannedDate).ThenBy(x => x.PlannedTime)
                .Take(UpcomingShown)
                .Select(x => new UpcomingSessionResponse(x.Id, x.PlannedDate, x.PlannedTime, SessionCodes.ToCode(x.State), x.IsBooster,
                    x.SupportUserId == me.UserId))
                .ToArray();
        }

        return new PatientSummaryResponse(person, recent, phq9, gad7, open, upcoming);
    }
}
