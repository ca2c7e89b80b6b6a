namespace Lantern.Web.Features.Reminders;

/// <summary>Whether the person has a calendar feed, and since when; the address itself was shown once and is not kept.</summary>
public sealed record CalendarFeedStatus(bool On, DateTimeOffset? MadeAt);

public sealed class GetCalendarFeedStatusHandler(LanternDbContext db, CurrentPerson person)
{
    public async Task<CalendarFeedStatus> HandleAsync(CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var made = await db.Set<ReminderSettings>().AsNoTracking()
            .Where(s => s.UserId == me.Id && s.CalendarFeedHash != null)
            .Select(s => new { s.CalendarFeedCreatedAt })
            .FirstOrDefaultAsync(ct);
        return new CalendarFeedStatus(made is not null, made?.CalendarFeedCreatedAt);
    }
}
