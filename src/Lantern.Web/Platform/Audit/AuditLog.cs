using System.Diagnostics;
using Lantern.Web.Platform.Data;

namespace Lantern.Web.Platform.Audit;

/// <summary>Writes audit events. Each call saves at once so the trail does not depend on the caller saving.</summary>
public sealed class AuditLog(LanternDbContext db, TimeProvider time)
{
    public async Task RecordAsync(AuditAction action, Guid? actorId, Guid? subjectId, string? resourceType, string? resourceId,
        AuditOutcome outcome, CancellationToken ct)
    {
        db.AuditEvents.Add(new AuditEvent
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
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One read event per patient, saved together: a caseload or alert list shows several people at once.</summary>
    public async Task RecordReadsAsync(Guid actorId, IEnumerable<Guid> patientIds, string resourceType, CancellationToken ct)
    {
        var at = time.GetUtcNow();
        var correlation = Activity.Current?.TraceId.ToString();
        db.AuditEvents.AddRange(patientIds.Where(id => id != actorId).Distinct().Select(patientId => new AuditEvent
        {
            At = at,
            ActorId = actorId,
            SubjectId = patientId,
            Action = AuditAction.RecordRead,
            ResourceType = resourceType,
            Outcome = AuditOutcome.Success,
            CorrelationId = correlation,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An event about a person's own account (sign-in, 2FA change, …).</summary>
    public Task RecordAccountAsync(AuditAction action, Guid userId, AuditOutcome outcome, CancellationToken ct) =>
        RecordAsync(action, userId, userId, null, null, outcome, ct);
}
