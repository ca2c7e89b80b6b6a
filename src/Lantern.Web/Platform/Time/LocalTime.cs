using NodaTime;

namespace Lantern.Web.Platform.Time;

/// <summary>
/// Dates and times as a person reads them: in their own IANA zone (from NodaTime's bundled TZDB, not the server's),
/// in words or in the ISO form the forms and files use. An unknown zone id reads as UTC rather than failing, so a
/// stored zone that a TZDB update retired never turns a page into an error.
/// </summary>
public static class LocalTime
{
    /// <summary>The calendar date now in the zone: a person's "today" starts at their midnight, not the server's.</summary>
    public static DateOnly Today(TimeProvider time, string zoneId) => DateOf(time.GetUtcNow(), zoneId);

    /// <summary>The calendar date of an instant in the zone.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, string zoneId) => TimeZones.LocalDate(instant, Known(zoneId));

    /// <summary>
    /// The instant a wall-clock time in the zone stands for. A time that does not exist on the day the clocks go forward
    /// moves on by the gap, and an ambiguous one (the hour repeated when they go back) takes the earlier: NodaTime's
    /// lenient rule.
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, string zoneId)
    {
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second);
        return local.InZoneLeniently(Zone(zoneId)).ToDateTimeOffset().ToUniversalTime();
    }

    /// <summary>The end of a day where the person lives: "share until 30 June" means until their midnight after it.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day, string zoneId) =>
        new LocalDate(day.Year, day.Month, day.Day).PlusDays(1).AtStartOfDayInZone(Zone(zoneId)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>An instant in words in the zone: <c>3 March 2026, 14:05</c>.</summary>
    public static string DateAndTime(DateTimeOffset instant, string zoneId) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone(zoneId)).LocalDateTime.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant for machines (a <c>&lt;time datetime&gt;</c> attribute): ISO 8601 in UTC, never shown as words.</summary>
    public static string Machine(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The calendar date of an instant in the zone, in words without the weekday: <c>3 March 2026</c>.</summary>
    public static string ShortDay(DateTimeOffset instant, string zoneId) => DateOf(instant, zoneId).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The local clock time of an instant in the zone: <c>14:05</c>.</summary>
    public static string ClockTime(DateTimeOffset instant, string zoneId) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone(zoneId)).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day in words: <c>Tuesday 3 March 2026</c>.</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day as forms, files and the API write it: <c>2026-03-03</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a day written as <c>2026-03-03</c> (surrounding spaces allowed); false for anything else.</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Known(string zoneId) => TimeZones.IsValid(zoneId) ? zoneId : "UTC";

    private static DateTimeZone Zone(string zoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
}
