using System.Globalization;
using NodaTime;

namespace Lantern.Web.Features.Sessions;

/// <summary>Planned wall-clock times in the patient's zone, turned into instants and words.</summary>
public static class SessionTimes
{
    /// <summary>
    /// The instant a session is planned for. A time that does not exist on the day the clocks go forward moves on by
    /// the gap, and an ambiguous one (the hour repeated when they go back) takes the earlier: NodaTime's lenient rule.
    /// </summary>
    public static DateTimeOffset PlannedAt(DateOnly date, TimeOnly time, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute);
        return local.InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();
    }

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string LongDay(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The local clock time of an instant in the zone, e.g. 14:05.</summary>
    public static string ClockTime(DateTimeOffset instant, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? DateTimeZone.Utc;
        return Instant.FromDateTimeOffset(instant).InZone(zone).TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The local date of an instant in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, string zoneId) =>
        Platform.Time.TimeZones.LocalDate(instant, Platform.Time.TimeZones.IsValid(zoneId) ? zoneId : "UTC");

    /// <summary>"1 hour 5 minutes", "40 minutes": the way a calm person would say it.</summary>
    public static string Duration(int minutes)
    {
        var hours = minutes / 60;
        var rest = minutes % 60;
        var h = hours == 1 ? "1 hour" : $"{hours} hours";
        var m = rest == 1 ? "1 minute" : $"{rest} minutes";
        return hours == 0 ? m : rest == 0 ? h : $"{h} {m}";
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
