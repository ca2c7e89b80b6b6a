namespace Lantern.Web.Features.CareTeam;

/// <summary>The patient withdraws an invitation nobody has accepted; its link stops working. Others' invitations are not found.</summary>
public sealed class CancelInvitationHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, TimeProvider time)
{
    public async Task HandleAsync(Guid invitationId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var cancelled = await db.Set<CareInvitation>()
            .Where(i => i.Id == invitationId && i.PatientId == me.UserId && i.AcceptedAt == null && i.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CancelledAt, time.GetUtcNow()), ct);
        if (cancelled == 0)
        {
            throw new RecordNotFoundException();
        }

        audit.Record(AuditAction.GrantRevoked, me.UserId, me.UserId, nameof(CareInvitation), invitationId.ToString(), AuditOutcome.Success);
    }
}
