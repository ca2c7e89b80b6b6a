using Lantern.Web.Features.Reminders;
using Lantern.Web.Tests.Infrastructure;
using NodaTime;
using NodaTime.Text;

namespace Lantern.Web.Tests.Features.Reminders;

/// <summary>
/// A daily reminder at the right local instant in three zones across both changes of the clocks, worked out by hand
/// from each zone's published rules (TZDB): Chicago (UTC−6/−5), London (UTC+0/+1) and Sydney (UTC+10/+11).
/// </summary>
[NeedsNoDatabase]
public sealed class ReminderClockTests
{
    private static Instant Utc(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static TheoryData<string, string, string, string> ClockChanges => new()
    {
        // zone, reminder time, an instant after the day before's reminder, when it is due on the day the clocks change
        // Clocks go forward: the time does not exist, so it is due at the end of the gap.
        { "America/Chicago", "02:30", "2027-03-13T12:00:00Z", "2027-03-14T08:00:00Z" },     // 03:00 CDT
        { "Europe/London", "01:30", "2027-03-27T12:00:00Z", "2027-03-28T01:00:00Z" },       // 02:00 BST
        { "Australia/Sydney", "02:30", "2026-10-03T00:00:00Z", "2026-10-03T16:00:00Z" },    // 03:00 AEDT on 4 Oct
        // Clocks go back: the time happens twice, so it is due once, at the earlier.
        { "America/Chicago", "01:30", "2026-10-31T12:00:00Z", "2026-11-01T06:30:00Z" },     // 01:30 CDT
        { "Europe/London", "01:30", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z" },       // 01:30 BST
        { "Australia/Sydney", "02:30", "2027-04-03T00:00:00Z", "2027-04-03T15:30:00Z" },    // 02:30 AEDT on 4 Apr
    };

    [Theory]
    [MemberData(nameof(ClockChanges))]
    public void OnTheDayTheClocksChange_TheReminderIsDueOnce_AtTheFirstValidInstant(string zoneId, string at, string dayBefore, string expected)
    {
        var zone = Zone(zoneId);
        var time = HourMinute.Parse(at).Value;

        // On the day: once, where the rules put it; the next one is the next day's, at its usual time (never the
        // repeated hour's second 01:30).
        var onTheDay = ReminderClock.NextDaily(time, zone, Utc(dayBefore));
        var afterIt = ReminderClock.NextDaily(time, zone, onTheDay);

        Assert.Equal(Utc(expected), onTheDay);
        Assert.Equal(onTheDay.InZone(zone).Date.PlusDays(1), afterIt.InZone(zone).Date);
        Assert.Equal(time, afterIt.InZone(zone).TimeOfDay);
    }

    [Fact]
    public void InQuietHours_TheReminderWaitsUntilTheyEnd_AndIsDueOnce()
    {
        var zone = Zone("America/Chicago");
        var quiet = new QuietHours(new LocalTime(22, 0), new LocalTime(7, 0));

        // From noon on 7 December (CST, UTC−6): 23:00 falls in 22:00–07:00, so it is due at 07:00 the next morning, once.
        var due = ReminderClock.NextDaily(new LocalTime(23, 0), zone, Utc("2026-12-07T18:00:00Z"), quiet);
        var next = ReminderClock.NextDaily(new LocalTime(23, 0), zone, due, quiet);

        Assert.Equal(Utc("2026-12-08T13:00:00Z"), due);
        Assert.Equal(Utc("2026-12-09T13:00:00Z"), next);
        // Outside quiet hours nothing moves.
        Assert.Equal(Utc("2026-12-08T02:00:00Z"), ReminderClock.NextDaily(new LocalTime(20, 0), zone, Utc("2026-12-07T18:00:00Z"), quiet));
    }

    [Theory]
    [InlineData("22:00", "07:00", "23:30", true)]
    [InlineData("22:00", "07:00", "06:59", true)]
    [InlineData("22:00", "07:00", "07:00", false)]
    [InlineData("13:00", "14:00", "13:30", true)]
    [InlineData("13:00", "14:00", "14:00", false)]
    [InlineData("08:00", "08:00", "08:00", false)]
    public void QuietHours_MayWrapPastMidnight(string from, string until, string time, bool quiet)
    {
        var pattern = HourMinute;
        Assert.Equal(quiet, new QuietHours(pattern.Parse(from).Value, pattern.Parse(until).Value).Contains(pattern.Parse(time).Value));
    }

    [Fact]
    public void AfterARestartOrAClockJump_AMissedReminderIsSentOnceIfRecent_NeverIfStale()
    {
        var due = Utc("2026-12-08T14:00:00Z");

        Assert.False(ReminderClock.ShouldSendLate(due, due - Duration.FromSeconds(1)));
        Assert.True(ReminderClock.ShouldSendLate(due, due));
        Assert.True(ReminderClock.ShouldSendLate(due, due + ReminderClock.StaleAfter));
        Assert.False(ReminderClock.ShouldSendLate(due, due + ReminderClock.StaleAfter + Duration.FromSeconds(1)));
        Assert.False(ReminderClock.ShouldSendLate(due, due + Duration.FromDays(30)));
    }
}
