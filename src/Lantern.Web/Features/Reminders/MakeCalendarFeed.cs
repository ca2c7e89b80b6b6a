using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Reminders;

/// <summary>A new calendar feed's address, shown to its person once: only a hash of its secret is kept.</summary>
/// <param name="Url">The https address calendar apps subscribe to.</param>
/// <param name="WebcalUrl">The same address as <c>webcal://</c>, which opens the device's calendar app to subscribe.</param>
public sealed record CalendarFeedLink(string Url, string WebcalUrl);

/// <summary>
/// Makes the signed-in person's private calendar feed, replacing (and so revoking) any earlier one. Making a feed is
/// not agreeing to e-mail or push: a settings row made here keeps both off and its choices unconfirmed.
/// </summary>
public sealed class MakeCalendarFeedHandler(LanternDbContext db, CurrentPerson person, TimeProvider time, IOptions<LanternOptions> options)
{
    public async Task<CalendarFeedLink> HandleAsync(CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var settings = await db.Set<ReminderSettings>().FirstOrDefaultAsync(s => s.UserId == me.Id, ct);
        if (settings is null)
        {
            // ConfirmedAt stays at its default: the person has not saved any reminder choice yet.
            settings = new ReminderSettings { UserId = me.Id, ByEmail = false, ByPush = false };
            db.Set<ReminderSettings>().Add(settings);
        }

        var secret = CalendarFeedSecret.New();
        settings.CalendarFeedHash = CalendarFeedSecret.Hash(secret);
        settings.CalendarFeedCreatedAt = time.GetUtcNow();
        // Two windows making a link at once: one wins, the other is asked to look again rather than shown an error page.
        await db.SaveChangesOrConflictAsync(() => new ConflictException("Changed in another window", "Your calendar link was changed in another window just now. Please try again."), ct);
        return For(options.Value.PublicBaseUrl, secret);
    }

    public static CalendarFeedLink For(string baseUrl, string secret)
    {
        var url = $"{baseUrl.TrimEnd('/')}/calendar/{secret}.ics";
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        return new CalendarFeedLink(url, "webcal" + url[scheme..]);
    }
}
