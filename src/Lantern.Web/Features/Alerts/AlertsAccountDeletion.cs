namespace Lantern.Web.Features.Alerts;

/// <summary>
/// A caregiver or therapist who marked someone's alert as seen and then deleted their account: the alert stays the
/// patient's, still marked as seen when it was, but no longer names who (ADR 0012).
/// </summary>
internal sealed class AlertsAccountDeletion : IAccountDeletionStep
{
    public async Task ForgetAsync(LanternDbContext db, LanternUser person, DateTimeOffset now, CancellationToken ct) =>
        await db.Set<Alert>().Where(a => a.AcknowledgedBy == person.Id && a.PatientId != person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AcknowledgedBy, (Guid?)null), ct);
}
