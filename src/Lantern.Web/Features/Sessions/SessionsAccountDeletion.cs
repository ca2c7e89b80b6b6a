namespace Lantern.Web.Features.Sessions;

/// <summary>
/// A support person deleting their account (ADR 0012): the checks and readings they recorded on someone's dosing day
/// are the patient's record and stay, recorded by "the support person" (the session keeps the name the patient gave);
/// the id that pointed at the deleted account is replaced by the empty id, which names no one. The session's link to
/// them as support person is cleared by the database (set null on delete).
/// </summary>
internal sealed class SessionsAccountDeletion : IAccountDeletionStep
{
    public async Task ForgetAsync(LanternDbContext db, LanternUser person, DateTimeOffset now, CancellationToken ct)
    {
        await db.Set<SupportCheck>().Where(c => c.RecordedBy == person.Id && c.PatientId != person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordedBy, Guid.Empty), ct);
        await db.Set<SessionVital>().Where(v => v.RecordedBy == person.Id && v.PatientId != person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.RecordedBy, Guid.Empty), ct);
    }
}
