namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// The patient stops sharing. A revocation is a timestamp, so it counts on the very next request; only the patient
/// who gave the grant can revoke it, anyone else gets not-found.
/// </summary>
public sealed class RevokeGrantHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, TimeProvider time)
{
    public async Task HandleAsync(Guid grantId, CancellationToken ct)
    {
        var grant = await db.FindOwnGrantAsync(access, grantId, ct);
        grant.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.GrantRevoked, grant.PatientId, grant.PatientId, nameof(CareGrant), grant.Id.ToString(), AuditOutcome.Success);
    }
}
