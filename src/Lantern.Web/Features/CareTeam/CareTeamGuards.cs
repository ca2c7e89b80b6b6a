namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// The ownership checks the care-team handlers share. A failed check is not-found, never forbidden, so a caller
/// cannot tell someone else's grant or client from one that does not exist.
/// </summary>
internal static class CareTeamGuards
{
    /// <summary>A grant given by the caller and not revoked; grants given to the caller or by others are not found.</summary>
    public static async Task<CareGrant> FindOwnGrantAsync(this LanternDbContext db, HealthDataAccess access, Guid grantId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return await db.CareGrants.FirstOrDefaultAsync(g => g.Id == grantId && g.PatientId == me.UserId && g.RevokedAt == null, ct)
            ?? throw new RecordNotFoundException();
    }

    /// <summary>The caller's id when they are a therapist the client currently shares anything with.</summary>
    public static async Task<Guid> RequireTherapistOfAsync(this HealthDataAccess access, Guid patientId, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return me.Role == UserRole.Therapist && me.SharedWithMe.ContainsKey(patientId)
            ? me.UserId
            : throw new RecordNotFoundException();
    }
}
