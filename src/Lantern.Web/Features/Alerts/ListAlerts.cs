namespace Lantern.Web.Features.Alerts;

/// <param name="Status"><c>open</c> (default) or <c>all</c>.</param>
/// <param name="PatientId">Whose alerts; the caller's own when empty. Someone else's needs a live Alerts grant and is audited.</param>
public sealed record ListAlertsRequest(string? Status, Guid? PatientId);

/// <summary>Alerts, newest first, through the access chokepoint under the Alerts scope.</summary>
[SharedWithOtherFeatures]
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
        return await ListAsync(alerts, openOnly, ct);
    }

    /// <summary>The alerts of a patient already opened through the chokepoint (the care-team summary reads several kinds).</summary>
    public Task<IReadOnlyList<AlertResponse>> ListAsync(PatientRecords patient, bool openOnly, CancellationToken ct) =>
        ListAsync(patient.Query(db.Set<Alert>().AsNoTracking(), AccessScope.Alerts), openOnly, ct);

    private static async Task<IReadOnlyList<AlertResponse>> ListAsync(IQueryable<Alert> alerts, bool openOnly, CancellationToken ct)
    {
        if (openOnly)
        {
            alerts = alerts.Where(a => a.AcknowledgedAt == null);
        }

        var rows = await alerts.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Take(MaxReturned).ToListAsync(ct);
        return rows.Select(AlertResponse.From).ToArray();
    }

    /// <summary>
    /// Names of the care-team members who acknowledged any of these alerts, for the patient's list; the caller's own
    /// acknowledgements need no name. One query, whatever the number of alerts.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, string>> AcknowledgedByOthersAsync(IEnumerable<AlertResponse> alerts, CancellationToken ct)
    {
        var me = (await access.GetContextAsync(ct)).UserId;
        var others = alerts.Where(a => a.AcknowledgedBy is { } by && by != me).Select(a => a.AcknowledgedBy!.Value).Distinct().ToArray();
        return others.Length == 0
            ? new Dictionary<Guid, string>()
            : await db.Users.AsNoTracking().Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
