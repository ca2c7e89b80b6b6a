using Lantern.Web.Platform.Email;

namespace Lantern.Web.Features.Account.Deletion;

/// <summary>
/// Cancels a deletion during the cooling-off period. Asking again afterwards starts a new period. Cancelling when
/// nothing is pending is not an error (a second tab, a double tap). A deletion already under way cannot be cancelled:
/// its claim is taken and the account is going.
/// </summary>
public sealed class CancelAccountDeletionHandler(LanternDbContext db, CurrentPerson currentPerson, IMailer mailer, AuditLog audit)
{
    /// <summary>True when a pending deletion was cancelled.</summary>
    public async Task<bool> HandleAsync(CancellationToken ct)
    {
        var me = await currentPerson.GetAsync(ct);
        var cancelled = await db.Set<AccountDeletionRequest>()
            .Where(r => r.UserId == me.Id && r.ClaimedBy == null)
            .ExecuteDeleteAsync(ct);
        if (cancelled == 0)
        {
            if (await db.Set<AccountDeletionRequest>().AnyAsync(r => r.UserId == me.Id, ct))
            {
                throw new ConflictException("Deletion under way", "Your account is being deleted now and this can no longer be stopped.");
            }

            return false;
        }

        audit.RecordAccount(AuditAction.AccountDeletionCancelled, me.Id, AuditOutcome.Success);
        if (me.Email is { } email)
        {
            await mailer.SendAsync(new EmailMessage(email, "Your Lantern account will not be deleted",
                "You cancelled the deletion of your Lantern account. Everything stays as it was.\n\n" +
                "If you did not do this, please change your password."), ct);
        }

        return true;
    }
}
