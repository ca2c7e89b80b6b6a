using Lantern.Web.Platform.Http;
using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.Alerts;

/// <param name="Status"><c>open</c> (default) or <c>all</c>.</param>
/// <param name="PatientId">Whose alerts; the caller's own when empty. Someone else's needs a live Alerts grant and is audited.</param>
public sealed record ListAlertsRequest(string? Status, Guid? PatientId);

/// <summary>Alerts, newest first, through the access chokepoint under the Alerts scope.</summary>
public sealed class ListAlertsHandler(LanternDbContext db, HealthDataAccess access)
{
    public const int MaxReturned = 500;

    public async Task<IReadOnlyList<AlertResponse>> HandleAsync(ListAlertsRequest request, CancellationToken ct)
    {
        var openOnly = request.Status?.Trim().ToLowerInvariant() switch
        {
            null or "" or "open" => true,
            "all" => false,
            _ => throw new ValidationFailedException("status", "Use 'open' or 'all'."),
        };

        var me = await access.GetContextAsync(ct);
        var alerts = await access.ForPatientAsync(db.Set<Alert>().AsNoTracking(), request.PatientId ?? me.UserId, AccessScope.Alerts, ct);
        if (openOnly)
        {
            alerts = alerts.Where(a => a.AcknowledgedAt == null);
        }

        var rows = await alerts.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Take(MaxReturned).ToListAsync(ct);
        return rows.Select(AlertResponse.From).ToArray();
    }
}
