using System.ComponentModel.DataAnnotations;
using Lantern.Web.Features.Sessions;
using Lantern.Web.Platform.Email;
using Lantern.Web.Platform.Hosting;
using Lantern.Web.Platform.Options;
using Lantern.Web.Platform.Push;
using Microsoft.Extensions.Options;
using NodaTime;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>
    /// How often each instance looks for reminders to send; 0 turns the scheduler off. Half a minute keeps the
    /// dosing-day prompts close to their minute.
    /// </summary>
    [Range(0, 3600)]
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>A claim older than this is taken to belong to an instance that died mid-send, and is retried once.</summary>
    [Range(1, 1440)]
    public int ClaimTimeoutMinutes { get; set; } = 5;

    /// <summary>People whose coming events are read in one go.</summary>
    [Range(1, 100_000)]
    public int PeoplePerBatch { get; set; } = 2000;
}

/// <summary>What one round did.</summary>
public sealed record ReminderRound(int Planned, int Sent, int Failed);

/// <summary>
/// Sends reminders exactly once across instances (issue 16). A round has two halves:
/// <list type="number">
/// <item>Plan: work out which reminders are due now (<see cref="DueReminders"/>, in each person's zone) and write each
/// as a <see cref="ReminderDelivery"/> row whose key is (person, kind, occurrence); a second instance computing the
/// same reminder inserts nothing (<c>ON CONFLICT DO NOTHING</c>), so a reminder exists once.</item>
/// <item>Send: claim each unsent row with one conditional update (the alert e-mails' pattern), send it, mark it sent.
/// A claim left by an instance that died mid-send expires after <see cref="ReminderOptions.ClaimTimeoutMinutes"/> and
/// the row is claimed once more; after <see cref="MaxAttempts"/> claims it is given up. A row gone stale is not sent.</item>
/// </list>
/// The scheduler reads people's own sessions, taper steps and questionnaire dates as the system, not as a person: what
/// it sends names no medicine, dose, score or symptom (<see cref="ReminderWords"/>).
/// </summary>
public sealed class ReminderDispatcher(
    LanternDbContext db,
    ReadReminderEventsHandler events,
    ListSessionsInProgressHandler sessionsInProgress,
    IMailer mailer,
    IPushSender push,
    ReminderStopLinks stopLinks,
    TimeProvider time,
    InstanceIdentity instance,
    IOptions<ReminderOptions> options,
    IOptions<LanternOptions> lantern,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>The first send and one retry after a crash mid-send.</summary>
    public const int MaxAttempts = 2;

    private const int SendBatch = 500;

    public async Task<ReminderRound> RunRoundAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var planned = await PlanAsync(now, ct);
        var (sent, failed) = await SendDueAsync(now, ct);
        return new ReminderRound(planned, sent, failed);
    }

    /// <summary>Writes the reminders due now that are not written yet; returns how many this instance wrote.</summary>
    public async Task<int> PlanAsync(DateTimeOffset now, CancellationToken ct)
    {
        var people = await LoadRulesAsync(ct);
        if (people.Count == 0)
        {
            return 0;
        }

        var instant = Instant.FromDateTimeOffset(now);
        var due = new List<DueReminder>();
        // Every zone's today lies within a day of UTC's; the day after covers the "tomorrow" kinds.
        var utcToday = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var batch in people.Chunk(options.Value.PeoplePerBatch))
        {
            var wanted = batch.Where(p => p.Rules.Any(r => r.Kind is not ReminderKind.DailyCheckIn and not ReminderKind.DosingDayPrompts))
                .Select(p => p.UserId).ToArray();
            var coming = wanted.Length == 0 ? [] : await events.HandleAsync(wanted, utcToday.AddDays(-2), utcToday.AddDays(2), ct);
            var byPerson = coming.GroupBy(e => e.UserId).ToDictionary(g => g.Key, g => g.ToList());
            due.AddRange(DueReminders.Compute(instant, batch, byPerson));
        }

        await AddDosingDayPromptsAsync(now, instant, people, due, ct);
        if (due.Count == 0)
        {
            return 0;
        }

        // Most rounds find every due reminder already written; read those keys first so only new ones are inserted.
        var oldest = due.Min(d => d.DueAt).ToDateTimeOffset();
        var written = (await db.Set<ReminderDelivery>().AsNoTracking().Where(d => d.DueAt >= oldest)
                .Select(d => new { d.UserId, d.Kind, d.Occurrence }).ToListAsync(ct))
            .Select(d => (d.UserId, d.Kind, d.Occurrence)).ToHashSet();
        var fresh = due.Where(d => !written.Contains((d.UserId, d.Kind, d.Occurrence)))
            .DistinctBy(d => (d.UserId, d.Kind, d.Occurrence))
            .Select(d => new ReminderDelivery
            {
                UserId = d.UserId,
                Kind = d.Kind,
                Occurrence = d.Occurrence,
                DueAt = d.DueAt.ToDateTimeOffset(),
                HoldAdvised = d.HoldAdvised,
            })
            .ToArray();
        return fresh.Length == 0 ? 0 : await db.InsertAsync(fresh, ct, skipExisting: true);
    }

    /// <summary>Everyone with at least one kind on and a way to reach them, with their zone and quiet hours.</summary>
    private async Task<List<PersonRules>> LoadRulesAsync(CancellationToken ct)
    {
        var rows = await (
                from rule in db.Set<ReminderPreference>().AsNoTracking()
                where rule.On
                join settings in db.Set<ReminderSettings>().AsNoTracking() on rule.UserId equals settings.UserId
                where settings.ByEmail || settings.ByPush
                join user in db.Users.AsNoTracking() on rule.UserId equals user.Id
                select new { rule.UserId, rule.Kind, rule.At, user.TimeZone, settings.QuietFrom, settings.QuietUntil })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).Select(person =>
        {
            var first = person.First();
            QuietHours? quiet = first is { QuietFrom: { } from, QuietUntil: { } until } && from != until
                ? new QuietHours(LocalTime.FromTimeOnly(from), LocalTime.FromTimeOnly(until))
                : null;
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(first.TimeZone) ?? DateTimeZone.Utc;
            return new PersonRules(person.Key, zone, quiet,
                person.Select(r => new ReminderRule(r.Kind, true, LocalTime.FromTimeOnly(r.At))).ToArray());
        }).ToList();
    }

    /// <summary>
    /// Prompts for every session in progress, to the patient and to the named support person while their sessions
    /// grant is live (the same rule that lets them log the checks).
    /// </summary>
    private async Task AddDosingDayPromptsAsync(DateTimeOffset now, Instant instant, List<PersonRules> people, List<DueReminder> due, CancellationToken ct)
    {
        var promptsOn = people.Where(p => p.RuleFor(ReminderKind.DosingDayPrompts) is not null).Select(p => p.UserId).ToHashSet();
        if (promptsOn.Count == 0)
        {
            return;
        }

        var sessions = await sessionsInProgress.HandleAsync(now, ct);
        if (sessions.Count == 0)
        {
            return;
        }

        var supporters = sessions.Where(s => s.SupportUserId is { } id && promptsOn.Contains(id)).Select(s => s.PatientId).Distinct().ToArray();
        var liveSupport = supporters.Length == 0
            ? []
            : (await db.InForce(now, AccessScope.Sessions).AsNoTracking().Where(g => supporters.Contains(g.PatientId))
                .Select(g => new { g.PatientId, g.GranteeId }).ToListAsync(ct))
            .Select(g => (g.PatientId, g.GranteeId)).ToHashSet();

        var prompts = new List<DosingDayPrompt>();
        foreach (var session in sessions)
        {
            var recipients = new List<Guid> { session.PatientId };
            if (session.SupportUserId is { } supporter && liveSupport.Contains((session.PatientId, supporter)))
            {
                recipients.Add(supporter);
            }

            foreach (var person in recipients)
            {
                prompts.Add(new DosingDayPrompt(person, $"{session.SessionId:N}:c{session.NextCheckMinute}", Instant.FromDateTimeOffset(session.NextCheckAt)));
                if (session.BloodPressureDueAt is { } reading)
                {
                    prompts.Add(new DosingDayPrompt(person, $"{session.SessionId:N}:bp", Instant.FromDateTimeOffset(reading)));
                }
            }
        }

        DueReminders.AddPrompts(instant, prompts, promptsOn, due);
    }

    /// <summary>Claims and sends what is due and unsent; returns how many were sent and how many failed.</summary>
    public async Task<(int Sent, int Failed)> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var staleClaim = now.AddMinutes(-options.Value.ClaimTimeoutMinutes);
        var oldestDue = now - ReminderClock.StaleAfter.ToTimeSpan();
        var candidates = await db.Set<ReminderDelivery>().AsNoTracking()
            .Where(d => d.SentAt == null && d.Attempts < MaxAttempts && d.DueAt <= now && d.DueAt >= oldestDue
                && (d.ClaimedAt == null || d.ClaimedAt < staleClaim))
            .OrderBy(d => d.DueAt)
            .Take(SendBatch)
            .ToListAsync(ct);

        var recipients = candidates.Count == 0 ? new Dictionary<Guid, Recipient>() : await RecipientsAsync(candidates.Select(c => c.UserId), ct);
        int sent = 0, failed = 0;
        foreach (var delivery in candidates)
        {
            if (now - delivery.DueAt > ReminderClock.StaleAfterFor(delivery.Kind).ToTimeSpan())
            {
                continue;
            }

            var attempt = delivery.Attempts + 1;
            var claimed = await db.Set<ReminderDelivery>()
                .Where(d => d.Id == delivery.Id && d.SentAt == null && d.Attempts == delivery.Attempts
                    && (d.ClaimedAt == null || d.ClaimedAt < staleClaim))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, instance.Name).SetProperty(d => d.ClaimedAt, now)
                    .SetProperty(d => d.Attempts, attempt), ct);
            if (claimed == 0)
            {
                continue; // another instance has it
            }

            try
            {
                var channels = await DeliverAsync(delivery, recipients.GetValueOrDefault(delivery.UserId), ct);
                if (channels is null)
                {
                    // Turned off between planning and sending: nothing went out, so it leaves no trace in the log.
                    await db.Set<ReminderDelivery>().Where(d => d.Id == delivery.Id).ExecuteDeleteAsync(ct);
                    continue;
                }

                await db.Set<ReminderDelivery>().Where(d => d.Id == delivery.Id && d.ClaimedBy == instance.Name)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, time.GetUtcNow()).SetProperty(d => d.Channels, channels), ct);
                RemindersLog.Sent(logger, delivery.Id, channels.Length == 0 ? "none" : channels);
                sent++;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The claim stays: it expires and the reminder is tried once more, unless that was the last try.
                RemindersLog.SendFailed(logger, delivery.Id, attempt, failure.GetType().Name, failure);
                failed++;
            }
        }

        return (sent, failed);
    }

    /// <summary>How to reach one person, and which kinds they have on, read once for a batch of reminders.</summary>
    private sealed record Recipient(bool ByEmail, bool ByPush, string? Email, bool EmailConfirmed, IReadOnlySet<ReminderKind> KindsOn);

    /// <summary>The recipients of a batch in two queries, not two per reminder.</summary>
    private async Task<Dictionary<Guid, Recipient>> RecipientsAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToArray();
        var people = await (
                from settings in db.Set<ReminderSettings>().AsNoTracking()
                where ids.Contains(settings.UserId)
                join user in db.Users.AsNoTracking() on settings.UserId equals user.Id
                select new { settings.UserId, settings.ByEmail, settings.ByPush, user.Email, user.EmailConfirmed })
            .ToListAsync(ct);
        var kindsOn = (await db.Set<ReminderPreference>().AsNoTracking().Where(p => ids.Contains(p.UserId) && p.On)
                .Select(p => new { p.UserId, p.Kind }).ToListAsync(ct))
            .ToLookup(p => p.UserId, p => p.Kind);
        return people.ToDictionary(p => p.UserId,
            p => new Recipient(p.ByEmail, p.ByPush, p.Email, p.EmailConfirmed, kindsOn[p.UserId].ToHashSet()));
    }

    /// <summary>
    /// Sends one reminder by the person's chosen ways; the ways that carried it, or null when the kind is now off (as read
    /// at the start of this batch, seconds ago).
    /// </summary>
    private async Task<string?> DeliverAsync(ReminderDelivery delivery, Recipient? person, CancellationToken ct)
    {
        if (person is null || !person.KindsOn.Contains(delivery.Kind))
        {
            return null;
        }

        var text = ReminderWords.Message(delivery.Kind, delivery.Occurrence, delivery.HoldAdvised);
        var stop = stopLinks.Url(delivery.UserId, delivery.Kind);
        var channels = new List<string>(2);
        // The dosing-day prompts go to devices only: an e-mail minutes late is no prompt.
        if (person.ByEmail && person.EmailConfirmed && person.Email is { } email && delivery.Kind != ReminderKind.DosingDayPrompts)
        {
            var site = lantern.Value.PublicBaseUrl.TrimEnd('/');
            await mailer.SendAsync(new EmailMessage(email, text.Title,
                $"{text.Body}\n\nOpen Lantern: {site}{text.Path}\n\n" +
                $"You get this because you turned on \"{ReminderWords.Name(delivery.Kind)}\" reminders in Lantern.\n" +
                $"To stop these reminders, open this link: {stop}\n" +
                $"To change your reminders: {site}/account/reminders", ListUnsubscribe: stop), ct);
            channels.Add("email");
        }

        // A phone that was off gets a reminder only while it would still be sent (an hour; a dosing-day prompt ten
        // minutes, and urgently so the phone shows it at once).
        var notice = new PushNotice(text.Title, text.Body, text.Path, stop, $"{delivery.Kind}:{delivery.Occurrence}",
            ReminderClock.StaleAfterFor(delivery.Kind).ToTimeSpan(), Urgent: delivery.Kind == ReminderKind.DosingDayPrompts);
        if (person.ByPush && await push.SendAsync(delivery.UserId, notice, ct) > 0)
        {
            channels.Add("push");
        }

        return string.Join(',', channels);
    }
}

/// <summary>Runs a reminder round every few seconds on every instance; the rows' keys and claims keep each send to one.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider time, ILogger<ReminderWorker> logger)
    : RoundWorker(scopes, time)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override async Task RunRoundAsync(IServiceProvider services, CancellationToken ct)
    {
        var round = await services.GetRequiredService<ReminderDispatcher>().RunRoundAsync(ct);
        RemindersLog.Round(logger, round.Planned, round.Sent, round.Failed);
    }

    protected override void RoundFailed(Exception failure) => RemindersLog.RoundFailed(logger, failure.GetType().Name, failure);
}
