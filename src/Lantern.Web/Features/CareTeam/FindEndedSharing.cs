namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// When someone opens the page of a person who no longer shares with them: was there ever a grant from that person
/// to them? Then the page says the sharing has ended (issue 15) instead of "We could not find that page". Only the
/// person's name is told (identity, not health data, and already known to the reader); anyone who was never shared
/// with still gets the plain 404, so ids cannot be probed.
/// </summary>
public sealed class FindEndedSharingHandler(LanternDbContext db, CurrentPerson currentPerson)
{
    /// <returns>The person's name when they once shared with the caller, else null.</returns>
    public async Task<string?> HandleAsync(Guid patientId, CancellationToken ct)
    {
        var me = currentPerson.RequireId();
        return await db.CareGrants.AsNoTracking()
            .Where(g => g.PatientId == patientId && g.GranteeId == me)
            .Join(db.Users, g => g.PatientId, u => u.Id, (g, u) => u.DisplayName)
            .FirstOrDefaultAsync(ct);
    }
}
