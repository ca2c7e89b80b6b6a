using System.Globalization;
using NodaTime;

namespace Lantern.Web.Features.Journey;

/// <summary>Dates and times as the patient reads them: in their own zone, in words.</summary>
public static class LocalTime
{
    public static string DateAndTime(DateTimeOffset instant, string zoneId)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[zoneId]).LocalDateTime;
        return local.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
