namespace Lantern.Web.Features.CareTeam;

/// <summary>
/// A caregiver or therapist deleting their account (ADR 0012): the invitations they accepted stay the patient's but
/// no longer name them; invitations still open that were addressed to their e-mail are cancelled and forget the
/// address (cancelled, so the link cannot be used by anyone else). Their private notes are theirs and go with their
/// account (the database cascade on the author); the grants either way go with the account too.
/// </summary>
internal sealed class CareTeamAccountDeletion : IAccountDeletionStep
{
    public async Task ForgetAsync(LanternDbContext db, LanternUser person, DateTimeOffset now, CancellationToken ct)
    {
        await db.Set<CareInvitation>().Where(i => i.AcceptedBy == person.Id && i.PatientId != person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedBy, (Guid?)null), ct);
        if (person.Email is not { } email)
        {
            return;
        }

        var normalised = email.ToUpperInvariant();
        // Upper-cased in SQL on both providers: string.Equals with a comparison has no translation.
#pragma warning disable CA1862
        var addressedToThem = db.Set<CareInvitation>().Where(i => i.InviteeEmail != null && i.InviteeEmail.ToUpper() == normalised && i.PatientId != person.Id);
#pragma warning restore CA1862
        await addressedToThem
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.InviteeEmail, (string?)null)
                .SetProperty(i => i.CancelledAt, i => i.AcceptedAt == null && i.CancelledAt == null ? now : i.CancelledAt), ct);
    }
}
