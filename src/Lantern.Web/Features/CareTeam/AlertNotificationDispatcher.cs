using Lantern.Web.Platform.Hosting;
using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Alerts;
using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.CareTeam;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>How often each instance looks for alerts to tell the care team about; 0 turns the worker off.</summary>
    [Range(0, 3600)]
    public int IntervalSeconds { get; set; } = 15;

    /// <summary>A claim older than this is taken to belong to an instance that died mid-send.</summary>
    [Range(1, 1440)]
    public int ClaimTimeoutMinutes { get; set; } = 5;
}

/// <summary>
/// Tells every care-team member who may see a patient's alerts that there is a new one. Each alert is
/// claimed with one conditional update, so when several instances run this at once exactly one sends it.
/// The e-mail carries no health details and no name: only that there is an alert and where to sign in.
/// </summary>
public sealed class AlertNotificationDispatcher(
    LanternDbContext db,
    IMailer mailer,
    TimeProvider time,
    InstanceIdentity instance,
    IOptions<NotificationOptions> options,
    IOptions<LanternOptions> lantern,
    ILogger<AlertNotificationDispatcher> logger)
{
    public const int BatchSize = 50;

    /// <summary>Sends what is pending; returns how many alerts this instance handled.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var staleBefore = now.AddMinutes(-options.Value.ClaimTimeoutMinutes);
        var candidates = await db.Set<Alert>().AsNoTracking()
            .Where(a => a.NotifiedAt == null && (a.NotificationClaimedAt == null || a.NotificationClaimedAt < staleBefore))
            .OrderBy(a => a.RaisedAt)
            .Select(a => new { a.Id, a.PatientId })
            .Take(BatchSize)
            .ToListAsync(ct);

        var handled = 0;
        foreach (var alert in candidates)
        {
            var claimed = await db.Set<Alert>()
                .Where(a => a.Id == alert.Id && a.NotifiedAt == null && (a.NotificationClaimedAt == null || a.NotificationClaimedAt < staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.NotificationClaimedBy, instance.Name).SetProperty(a => a.NotificationClaimedAt, now), ct);
            if (claimed == 0)
            {
                continue; // another instance has it
            }

            foreach (var email in await RecipientsAsync(alert.PatientId, now, ct))
            {
                await mailer.SendAsync(new EmailMessage(email, "There is a new alert in Lantern",
                    "Someone who shares alerts with you in Lantern has a new alert.\n\n" +
                    $"Please sign in to see it: {lantern.Value.PublicBaseUrl.TrimEnd('/')}/alerts\n\n" +
                    "For their privacy this e-mail does not say who it is or what it is about."), ct);
            }

            await db.Set<Alert>().Where(a => a.Id == alert.Id && a.NotificationClaimedBy == instance.Name)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.NotifiedAt, time.GetUtcNow()), ct);
            CareTeamLog.AlertNotified(logger, alert.Id);
            handled++;
        }

        return handled;
    }

    /// <summary>Grantees with a live grant that includes alerts, and two-step sign-in on (the same rule as reading).</summary>
    private async Task<IReadOnlyList<string>> RecipientsAsync(Guid patientId, DateTimeOffset now, CancellationToken ct) =>
        await db.InForce(now, AccessScope.Alerts).AsNoTracking()
            .Where(g => g.PatientId == patientId)
            .Join(db.Users, g => g.GranteeId, u => u.Id, (g, u) => u)
            .Where(u => u.Email != null)
            .Select(u => u.Email!)
            .Distinct()
            .ToListAsync(ct);
}

/// <summary>Runs the dispatcher every few seconds on every instance; the claims keep it exactly-once.</summary>
public sealed class AlertNotificationWorker(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider time,
    ILogger<AlertNotificationWorker> logger) : RoundWorker(scopes, time)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override async Task RunRoundAsync(IServiceProvider services, CancellationToken ct)
    {
        var handled = await services.GetRequiredService<AlertNotificationDispatcher>().DispatchPendingAsync(ct);
        CareTeamLog.NotificationRound(logger, handled);
    }

    // One failed round (database or mail server away) must not stop the worker; the claim expires and it retries.
    protected override void RoundFailed(Exception failure) => CareTeamLog.NotificationRoundFailed(logger, failure.GetType().Name, failure);
}
