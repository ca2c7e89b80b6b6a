namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Marks an alert as seen: the patient, or a care-team member the patient shares alerts with (the read is
/// audited by the chokepoint). Acknowledging twice keeps the first person and time.
/// </summary>
[SharedWithOtherFeatures]
public sealed class AcknowledgeAlertHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time, ILogger<AcknowledgeAlertHandler> logger)
{
    public async Task<AlertResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var alert = await access.FindAsync(db.Set<Alert>(), id, AccessScope.Alerts, ct);
        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = time.GetUtcNow();
            alert.AcknowledgedBy = (await access.GetContextAsync(ct)).UserId;
            await db.SaveChangesAsync(ct);
            AlertsLog.AlertAcknowledged(logger, alert.Id);
        }

        return AlertResponse.From(alert);
    }
}
