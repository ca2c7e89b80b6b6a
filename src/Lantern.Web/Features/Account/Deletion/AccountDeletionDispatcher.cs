using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Hosting;
using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lantern.Web.Features.Account.Deletion;

/// <summary>
/// Deletes the accounts whose cooling-off period has ended (issue 17, ADR 0012). Each request is claimed with one
/// conditional update, as the alert e-mails and reminders are, so when several instances run a round at once exactly
/// one deletes; a claim older than the timeout belongs to an instance that died and is taken over (the deletion is one
/// transaction, so a half-done one was rolled back). Inside the transaction: each feature's
/// <see cref="IAccountDeletionStep"/> clears references on other people's records, the account row goes and the
/// database's cascades take every row keyed to it (health records, drafts, tags, reminders and their log, devices,
/// the calendar feed, sign-in sessions, grants in both directions, invitations, the Identity rows, the request
/// itself), and one audit event says a deletion happened. After it commits: e-mails in the outbox addressed to the
/// person are removed, and the person and everyone they shared with (either way) are told, without health details.
/// </summary>
public sealed class AccountDeletionDispatcher(
    LanternDbContext db,
    IEnumerable<IAccountDeletionStep> steps,
    IMailer mailer,
    IOptions<EmailOptions> email,
    OutboxDirectory outbox,
    TimeProvider time,
    InstanceIdentity instance,
    IOptions<AccountDeletionOptions> options,
    IOptions<LanternOptions> lantern,
    ILogger<AccountDeletionDispatcher> logger)
{
    public const int BatchSize = 20;

    /// <summary>Deletes the accounts that are due; returns how many this instance deleted.</summary>
    public async Task<int> RunRoundAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var staleBefore = now.AddMinutes(-options.Value.ClaimTimeoutMinutes);
        var due = await db.Set<AccountDeletionRequest>().AsNoTracking()
            .Where(r => r.DeleteAfter <= now && (r.ClaimedAt == null || r.ClaimedAt < staleBefore))
            .OrderBy(r => r.DeleteAfter)
            .Select(r => new { r.Id, r.UserId })
            .Take(BatchSize)
            .ToListAsync(ct);

        var deleted = 0;
        foreach (var request in due)
        {
            var claimed = await db.Set<AccountDeletionRequest>()
                .Where(r => r.Id == request.Id && (r.ClaimedAt == null || r.ClaimedAt < staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedBy, instance.Name).SetProperty(r => r.ClaimedAt, now), ct);
            if (claimed == 0)
            {
                continue; // another instance has it
            }

            if (await DeleteAsync(request.UserId, ct))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private async Task<bool> DeleteAsync(Guid userId, CancellationToken ct)
    {
        var person = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (person is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        // Everyone on the other side of a live grant, either way: they lose access and are told so.
        var others = await db.CareGrants.Live(now).AsNoTracking()
            .Where(g => g.PatientId == userId || g.GranteeId == userId)
            .Select(g => g.PatientId == userId ? g.GranteeId : g.PatientId)
            .Distinct()
            .Join(db.Users, id => id, u => u.Id, (id, u) => u.Email)
            .Where(e => e != null)
            .Select(e => e!)
            .ToListAsync(ct);

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            foreach (var step in steps)
            {
                await step.ForgetAsync(db, person, now, ct);
            }

            // The claim must still be ours: if this instance stalled past the timeout and another took over, stop here.
            var stillOurs = await db.Set<AccountDeletionRequest>()
                .Where(r => r.UserId == userId && r.ClaimedBy == instance.Name)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now), ct);
            if (stillOurs == 0)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }

            // The account row; the database's cascades take every row keyed to it (ADR 0012).
            await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync(ct);
            // The one record kept: that an account was deleted, when. No name, no e-mail, no health data (ADR 0012).
            db.Add(new AuditEvent
            {
                At = now,
                ActorId = null,
                SubjectId = userId,
                Action = AuditAction.AccountDeleted,
                Outcome = AuditOutcome.Success,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        if (person.Email is { } address)
        {
            RemoveOutboxMailTo(address);
        }

        await TellAsync(person.Email, "Your Lantern account has been deleted",
            "As you asked, your Lantern account and everything in it have been deleted. The people you shared with " +
            "have been told that sharing has ended.\n\nThank you for using Lantern. You are welcome back at any time.", ct);
        foreach (var other in others)
        {
            await TellAsync(other, "Sharing in Lantern has ended",
                "Someone you shared with in Lantern has closed their account, so sharing between you has ended and what " +
                $"was shared is no longer available.\n\nYou can see who shares with you now when you sign in: {lantern.Value.PublicBaseUrl.TrimEnd('/')}/care-team\n\n" +
                "For their privacy this e-mail does not say who it is.", ct);
        }

        return true;
    }

    /// <summary>
    /// Removes the messages waiting in the outbox directory (the default delivery, without a mail server) addressed to
    /// the person: they are copies of what Lantern wrote to them and should not outlive the account. Sent SMTP mail is
    /// beyond Lantern's reach.
    /// </summary>
    private void RemoveOutboxMailTo(string address)
    {
        if (email.Value.Delivery != EmailDelivery.Outbox || !Directory.Exists(outbox.Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(outbox.Path, "*.eml"))
        {
            try
            {
                bool addressedToThem;
                using (var stream = File.OpenRead(file))
                {
                    var message = MimeMessage.Load(stream);
                    addressedToThem = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes)
                        .Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));
                }

                if (addressedToThem)
                {
                    File.Delete(file);
                }
            }
            catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or FormatException)
            {
                AccountLog.DeletionOutboxFileSkipped(logger, failure.GetType().Name);
            }
        }
    }

    /// <summary>
    /// After the deletion has committed: a failed send is logged and not retried (there is no account left to retry
    /// for), so these messages go at most once.
    /// </summary>
    private async Task TellAsync(string? to, string subject, string body, CancellationToken ct)
    {
        if (to is null)
        {
            return;
        }

        try
        {
            await mailer.SendAsync(new EmailMessage(to, subject, body), ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            AccountLog.DeletionMailFailed(logger, failure.GetType().Name);
        }
    }
}

/// <summary>Runs the deletion round every minute on every instance; the claims keep each deletion to one instance.</summary>
public sealed class AccountDeletionWorker(IServiceScopeFactory scopes, IOptions<AccountDeletionOptions> options, TimeProvider time,
    ILogger<AccountDeletionWorker> logger) : RoundWorker(scopes, time)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override async Task RunRoundAsync(IServiceProvider services, CancellationToken ct)
    {
        var deleted = await services.GetRequiredService<AccountDeletionDispatcher>().RunRoundAsync(ct);
        AccountLog.DeletionRound(logger, deleted);
    }

    protected override void RoundFailed(Exception failure) => AccountLog.DeletionRoundFailed(logger, failure.GetType().Name, failure);
}
