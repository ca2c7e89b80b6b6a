namespace Lantern.Web.Platform.Demo;

/// <summary>
/// The days of a demo history that ends today in the demo person's zone, so every first run shows a history up to now.
/// </summary>
/// <param name="Days">How many days the history covers, today included.</param>
public sealed record DemoCalendar(DateOnly Today, string TimeZone, int Days, DateTimeOffset Now)
{
    /// <summary>How long the demo histories are: about four months, long enough for the dashboard's 90-day view.</summary>
    public const int HistoryDays = 120;

    /// <summary>A history of <paramref name="days"/> days ending today in <paramref name="timeZone"/>.</summary>
    public static DemoCalendar EndingToday(TimeProvider time, string timeZone, int days) =>
        new(LocalTime.Today(time, timeZone), timeZone, days, time.GetUtcNow());

    /// <summary>The first day of the history.</summary>
    public DateOnly Start => Today.AddDays(-(Days - 1));

    /// <summary>The instant of an hour on a day, in the demo person's zone.</summary>
    public DateTimeOffset At(DateOnly day, int hour) => LocalTime.At(day, new TimeOnly(hour, 0), TimeZone);
}
