namespace Lantern.Web.Features.CheckIns;

/// <summary>One check-in by id, under the Mood scope; a read by anyone but the patient is audited by the chokepoint.</summary>
public sealed class GetCheckInHandler(LanternDbContext db, HealthDataAccess access, CurrentPerson person)
{
    public async Task<CheckInResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var checkIn = await access.FindAsync(db.Set<CheckIn>().AsNoTracking(), id, AccessScope.Mood, ct);
        var me = await access.GetContextAsync(ct);
        var isOwner = checkIn.PatientId == me.UserId;
        var canEdit = isOwner && CheckInResponse.IsEditable(checkIn, (await person.GetAsync(ct)).Today);
        return CheckInResponse.From(checkIn, showFreeText: me.CanReadFreeText(checkIn.PatientId), canEdit);
    }

    /// <summary>The caller's own check-in for a local day, if there is one (for the check-in page).</summary>
    public async Task<CheckIn?> FindOwnForDayAsync(DateOnly day, CancellationToken ct)
    {
        var me = await access.GetContextAsync(ct);
        return await db.Set<CheckIn>().AsNoTracking().OwnedBy(me).FirstOrDefaultAsync(c => c.Day == day, ct);
    }
}
