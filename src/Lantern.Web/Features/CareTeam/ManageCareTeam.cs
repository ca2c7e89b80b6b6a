using Lantern.Web.Platform.Access;
using Lantern.Web.Platform.Audit;
using Lantern.Web.Platform.Data;
using Lantern.Web.Platform.Problems;
using Lantern.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Features.CareTeam;

public sealed record GrantResponse(Guid Id, Guid GranteeId, string GranteeName, string GranteeRole, IReadOnlyList<string> Scopes,
    DateTimeOffset SharedSince, DateTimeOffset? EndsAt, bool GranteeHasTwoFactor);

public sealed record CareTeamResponse(IReadOnlyList<GrantResponse> Grants, IReadOnlyList<InvitationResponse> PendingInvitations);

public sealed record UpdateGrantRequest(IReadOnlyList<string>? Scopes, DateOnly? EndsOn, bool ClearEnd = false);

/// <summary>
/// The patient's side: who can see what, and changing or stopping it. Only the patient who gave a grant can
/// touch it; anyone else gets not-found. A revocation is a timestamp, so it counts on the very next request.
/// </summary>
public sealed class ManageCareTeamHandler(LanternDbContext db, HealthDataAccess access, AuditLog audit, TimeProvider time)
{
    public async Task<CareTeamResponse> ListAsync(CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        var now = time.GetUtcNow();
        var grants = await db.CareGrants.AsNoTracking().Live(now)
            .Where(g => g.PatientId == me.UserId)
            .Join(db.Users, g => g.GranteeId, u => u.Id, (g, u) => new { Grant = g, u.DisplayName, u.Role, u.TwoFactorEnabled })
            .ToListAsync(ct);
        var invitations = await db.Set<CareInvitation>().AsNoTracking()
            .Where(i => i.PatientId == me.UserId && i.AcceptedAt == null && i.CancelledAt == null && i.ExpiresAt > now)
            .ToListAsync(ct);
        return new CareTeamResponse(
            grants.OrderBy(g => g.DisplayName, StringComparer.CurrentCulture)
                .Select(g => new GrantResponse(g.Grant.Id, g.Grant.GranteeId, g.DisplayName, g.Role.ToString().ToLowerInvariant(),
                    AccessScopes.ToNames(g.Grant.Scopes), g.Grant.CreatedAt, g.Grant.ExpiresAt, g.TwoFactorEnabled))
                .ToArray(),
            invitations.OrderByDescending(i => i.CreatedAt).Select(i => InviteToCareTeamHandler.ToResponse(i, link: null)).ToArray());
    }

    public async Task UpdateAsync(Guid grantId, UpdateGrantRequest request, string patientTimeZone, CancellationToken ct)
    {
        var grant = await FindOwnGrantAsync(grantId, ct);
        if (request.Scopes is null || request.Scopes.Count == 0 || !AccessScopes.TryParse(request.Scopes, out var scopes) || scopes == AccessScope.None)
        {
            throw new ValidationFailedException("scopes", "Choose at least one kind of information, or stop sharing instead.");
        }

        var today = LocalTime.Today(time, patientTimeZone);
        if (request.EndsOn is { } endsOn && endsOn <= today)
        {
            throw new ValidationFailedException("endsOn", "Choose an end date after today.");
        }

        grant.Scopes = scopes;
        grant.ExpiresAt = request.EndsOn is { } day ? LocalTime.EndOfDay(day, patientTimeZone) : request.ClearEnd ? null : grant.ExpiresAt;
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.GrantChanged, grant.PatientId, grant.PatientId, nameof(CareGrant), grant.Id.ToString(), AuditOutcome.Success);
    }

    public async Task RevokeAsync(Guid grantId, CancellationToken ct)
    {
        var grant = await FindOwnGrantAsync(grantId, ct);
        grant.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        audit.Record(AuditAction.GrantRevoked, grant.PatientId, grant.PatientId, nameof(CareGrant), grant.Id.ToString(), AuditOutcome.Success);
    }

    public async Task CancelInvitationAsync(Guid invitationId, CancellationToken ct)
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

    /// <summary>A live grant given by the caller; grants given to the caller or by others are not found.</summary>
    private async Task<CareGrant> FindOwnGrantAsync(Guid grantId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return await db.CareGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.PatientId == me.UserId && g.RevokedAt == null, ct)
            ?? throw new RecordNotFoundException();
    }
}
