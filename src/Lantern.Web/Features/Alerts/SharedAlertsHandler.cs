namespace Lantern.Web.Features.Alerts;

public sealed record SharedAlertResponse(Guid PatientId, string PatientName, AlertResponse Alert, string? AcknowledgedByName);

/// <summary>
/// A caregiver's or therapist's alert list: open alerts of everyone who shares alerts with them, naming the
/// person (they may see them), with who acknowledged each one and when. Each patient listed is an audited read.
/// </summary>
public sealed class SharedAlertsHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit)
{
    public const int MaxReturned = 200;

    public async Task<IReadOnlyList<SharedAlertResponse>> HandleAsync(bool includeAcknowledged, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var patientIds = me.PatientsSharing(AccessScope.Alerts).ToArray();
        if (patientIds.Length == 0)
        {
            return [];
        }

        var query = db.Set<Alert>().AsNoTracking().VisibleTo(me, AccessScope.Alerts).Where(a => patientIds.Contains(a.PatientId));
        if (!includeAcknowledged)
        {
            query = query.Where(a => a.AcknowledgedAt == null);
        }

        var alerts = await query.OrderByDescending(a => a.RaisedAt).Take(MaxReturned).ToListAsync(ct);
        var nameIds = alerts.Select(a => a.PatientId).Concat(alerts.Where(a => a.AcknowledgedBy != null).Select(a => a.AcknowledgedBy!.Value)).Distinct().ToArray();
        var names = await db.Users.AsNoTracking().Where(u => nameIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        audit.RecordReads(me.UserId, alerts.Select(a => a.PatientId), nameof(Alert));

        return alerts.Select(a => new SharedAlertResponse(a.PatientId, names.GetValueOrDefault(a.PatientId, "Someone"), AlertResponse.From(a),
            a.AcknowledgedBy is { } by ? names.GetValueOrDefault(by) : null)).ToArray();
    }
}
