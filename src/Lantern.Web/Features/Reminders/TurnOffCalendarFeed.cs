namespace Lantern.Web.Features.Reminders;

/// <summary>Turns the signed-in person's calendar feed off: its address answers 404 from now on.</summary>
public sealed class TurnOffCalendarFeedHandler(LanternDbContext db, CurrentPerson person)
{
    public async Task HandleAsync(CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var settings = await db.Set<ReminderSettings>().FirstOrDefaultAsync(s => s.UserId == me.Id, ct);
        if (settings?.CalendarFeedHash is null)
        {
            return;
        }

        settings.CalendarFeedHash = null;
        settings.CalendarFeedCreatedAt = null;
        await db.SaveChangesAsync(ct);
    }
}
