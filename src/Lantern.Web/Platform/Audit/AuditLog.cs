using System.Diagnostics;

namespace Lantern.Web.Platform.Audit;

/// <summary>
/// The audit trail of one request. Handlers <see cref="Record"/> what happened; the same event twice in a request (one
/// patient's check-ins read twice, say) is kept once. <see cref="AuditFlushMiddleware"/> writes everything recorded as
/// one insert, in a database context of its own — never the handler's, so it cannot save (or be undone with) whatever
/// the handler had staged — before the first byte of the response leaves, so nothing is seen without being written down.
/// Outside a request (a background job) the caller must call <see cref="FlushAsync"/> itself.
/// </summary>
public sealed class AuditLog(IDbContextFactory<LanternDbContext> contexts, TimeProvider time)
{
    private readonly List<AuditEvent> _pending = [];
    private readonly HashSet<(AuditAction, Guid?, Guid?, string?, string?, AuditOutcome)> _seen = [];

    /// <summary>The events recorded and not yet written.</summary>
    public int Pending => _pending.Count;

    /// <summary>Records one event of this request.</summary>
    /// <param name="actorId">The signed-in person who acted; null for an anonymous attempt.</param>
    /// <param name="subjectId">The person whose account or health data it concerns.</param>
    /// <param name="resourceType">The kind of record (its type name), or null.</param>
    /// <param name="resourceId">The one record concerned, or null for a list.</param>
    public void Record(AuditAction action, Guid? actorId, Guid? subjectId, string? resourceType, string? resourceId, AuditOutcome outcome)
    {
        if (!_seen.Add((action, actorId, subjectId, resourceType, resourceId, outcome)))
        {
            return;
        }

        _pending.Add(new AuditEvent
        {
            At = time.GetUtcNow(),
            ActorId = actorId,
            SubjectId = subjectId,
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Outcome = outcome,
            CorrelationId = Activity.Current?.TraceId.ToString(),
        });
    }

    /// <summary>One read event per patient other than the reader: a caseload or alert list shows several people at once.</summary>
    public void RecordReads(Guid actorId, IEnumerable<Guid> patientIds, string resourceType)
    {
        foreach (var patientId in patientIds.Where(id => id != actorId).Distinct())
        {
            Record(AuditAction.RecordRead, actorId, patientId, resourceType, null, AuditOutcome.Success);
        }
    }

    /// <summary>An event about a person's own account (sign-in, two-step change, …).</summary>
    public void RecordAccount(AuditAction action, Guid userId, AuditOutcome outcome) =>
        Record(action, userId, userId, null, null, outcome);

    /// <summary>Writes every event recorded so far as one insert in its own unit of work; does nothing when there are none.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var events = _pending.ToArray();
        _pending.Clear();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.InsertAsync(events, ct);
    }
}
