using Lantern.Web.Features.Journey;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// The patient marks an alert as seen. Only the owner may, for now: care-team acknowledgement arrives with the
/// care-team feature. Acknowledging twice keeps the first time.
/// </summary>
public sealed class AcknowledgeAlertHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time, ILogger<AcknowledgeAlertHandler> logger)
{
    public async Task<AlertResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var alert = await access.FindOwnedAsync(db.Set<Alert>(), id, ct);
        if (alert.AcknowledgedAt is null)
        {
            alert.AcknowledgedAt = time.GetUtcNow();
            alert.AcknowledgedBy = alert.PatientId;
            await db.SaveChangesAsync(ct);
            JourneyLog.AlertAcknowledged(logger, alert.Id);
        }

        return AlertResponse.From(alert);
    }
}
