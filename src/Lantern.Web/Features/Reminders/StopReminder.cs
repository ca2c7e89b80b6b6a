namespace Lantern.Web.Features.Reminders;

/// <summary>What a stop link stands for, before it is used.</summary>
public sealed record StopLinkResponse(string Kind, string Name, bool AlreadyOff);

/// <summary>
/// The one-click stop link (issue 16): turns one kind of reminder off for the person the link was made for, signed
/// in or not. A link that was not made here is a 404, like any wrong id.
/// </summary>
public sealed class StopReminderHandler(LanternDbContext db, ReminderStopLinks links, ILogger<StopReminderHandler> logger)
{
    public async Task<StopLinkResponse> ReadAsync(string? token, CancellationToken ct)
    {
        var (user, kind) = links.Read(token) ?? throw new RecordNotFoundException();
        var on = await db.Set<ReminderPreference>().AnyAsync(p => p.UserId == user && p.Kind == kind && p.On, ct);
        return new StopLinkResponse(ReminderWords.Code(kind), ReminderWords.Name(kind), !on);
    }

    public async Task<StopLinkResponse> StopAsync(string? token, CancellationToken ct)
    {
        var (user, kind) = links.Read(token) ?? throw new RecordNotFoundException();
        var changed = await db.Set<ReminderPreference>().Where(p => p.UserId == user && p.Kind == kind && p.On)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.On, false), ct);
        if (changed > 0)
        {
            RemindersLog.StoppedByLink(logger);
        }

        return new StopLinkResponse(ReminderWords.Code(kind), ReminderWords.Name(kind), true);
    }
}
