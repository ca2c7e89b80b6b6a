namespace Lantern.Web.Features.CareTeam;

/// <summary>The patient's invitations nobody has accepted yet, newest first; their links are never shown again.</summary>
public sealed class ListPendingInvitationsHandler(LanternDbContext db, HealthDataAccess access, TimeProvider time)
{
    public async Task<IReadOnlyList<InvitationResponse>> HandleAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var now = time.GetUtcNow();
        var invitations = await db.Set<CareInvitation>().AsNoTracking()
            .Where(i => i.PatientId == me.UserId && i.AcceptedAt == null && i.CancelledAt == null && i.ExpiresAt > now)
            .ToListAsync(ct);
        return invitations.OrderByDescending(i => i.CreatedAt).Select(i => InviteToCareTeamHandler.ToResponse(i, link: null)).ToArray();
    }
}
