namespace Lantern.Web.Features.CareTeam;

public sealed record InvitationPreview(string PatientName, string Role, IReadOnlyList<string> Scopes, DateOnly? EndsOn, bool TwoFactorNeeded);

public sealed record AcceptedResponse(Guid GrantId, Guid PatientId, IReadOnlyList<string> Scopes);

/// <summary>
/// The invitee's side. An invitation can be used only by a caregiver or therapist account of the invited
/// role (and address, when one was given), only once and only within 7 days. Every other case is the
/// same not-found, so a token cannot be probed.
/// </summary>
public sealed class AcceptInvitationHandler(
    LanternDbContext db,
    CurrentPerson currentPerson,
    PeopleDirectory people,
    AuditLog audit,
    TimeProvider time)
{
    public async Task<InvitationPreview> PreviewAsync(string token, CancellationToken ct)
    {
        var (invitation, _) = await FindUsableAsync(token, ct);
        var patient = await people.GetAsync(invitation.PatientId, ct);
        var me = await currentPerson.GetAsync(ct);
        return new InvitationPreview(patient.DisplayName, invitation.InviteeRole.ToString().ToLowerInvariant(),
            AccessScopes.ToNames(invitation.Scopes), invitation.GrantExpiresAt is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : null,
            !me.TwoFactorEnabled);
    }

    public async Task<AcceptedResponse> AcceptAsync(string token, CancellationToken ct)
    {
        var (invitation, me) = await FindUsableAsync(token, ct);
        if (!me.TwoFactorEnabled)
        {
            throw new ValidationFailedException("twoFactor", "Turn on two-step sign-in first: caregivers and therapists need it before anyone's data can be shared with them.");
        }

        var now = time.GetUtcNow();
        // Claim the invitation with one conditional update, so two simultaneous accepts cannot both win.
        var claimed = await db.Set<CareInvitation>()
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedBy, me.Id), ct);
        if (claimed == 0)
        {
            throw new RecordNotFoundException();
        }

        // One grant per pair: accepting again replaces the old scopes instead of stacking grants.
        var existing = await db.CareGrants.Where(g => g.PatientId == invitation.PatientId && g.GranteeId == me.Id && g.RevokedAt == null).ToListAsync(ct);
        foreach (var old in existing)
        {
            old.RevokedAt = now;
        }

        var grant = new CareGrant
        {
            PatientId = invitation.PatientId,
            GranteeId = me.Id,
            Scopes = invitation.Scopes,
            CreatedAt = now,
            ExpiresAt = invitation.GrantExpiresAt,
        };
        db.CareGrants.Add(grant);
        await db.SaveChangesAsync(ct);

        audit.Record(AuditAction.GrantCreated, me.Id, invitation.PatientId, nameof(CareGrant), grant.Id.ToString(), AuditOutcome.Success);
        return new AcceptedResponse(grant.Id, grant.PatientId, AccessScopes.ToNames(grant.Scopes));
    }

    private async Task<(CareInvitation Invitation, Person Me)> FindUsableAsync(string token, CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var hash = CareInvitation.Hash(token ?? string.Empty);
        var invitation = await db.Set<CareInvitation>().AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        var usable = invitation is not null
            && invitation.IsOpenAt(time.GetUtcNow())
            && invitation.PatientId != me.Id
            && me.Role == invitation.InviteeRole
            && (invitation.InviteeEmail is null || string.Equals(invitation.InviteeEmail, me.Email, StringComparison.OrdinalIgnoreCase));
        return usable ? (invitation!, me) : throw new RecordNotFoundException();
    }
}
