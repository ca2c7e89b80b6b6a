using NodaTime;

namespace Lantern.Web.Platform.Time;

/// <summary>IANA time zones from NodaTime's bundled TZDB, so a person's day does not depend on the server's tzdata.</summary>
public static class TimeZones
{
    /// <summary>Zones people pick from: Region/City ids, without legacy aliases such as "US/Eastern" or "Etc/GMT+5".</summary>
    public static IReadOnlyList<string> Selectable { get; } = DateTimeZoneProviders.Tzdb.Ids
        .Where(id => id.Contains('/', StringComparison.Ordinal)
            && !id.StartsWith("Etc/", StringComparison.Ordinal)
            && !id.StartsWith("SystemV/", StringComparison.Ordinal)
            && char.IsUpper(id[0])
            && NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.CanonicalIdMap.TryGetValue(id, out var canonical) && canonical == id
            && !IsLegacyRegion(id))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static bool IsValid(string? id) => id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    /// <summary>The calendar date at <paramref name="instant"/> in the zone.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var local = Instant.FromDateTimeOffset(instant).InZone(zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }

    private static bool IsLegacyRegion(string id) =>
        id.StartsWith("US/", StringComparison.Ordinal) || id.StartsWith("Canada/", StringComparison.Ordinal)
        || id.StartsWith("Brazil/", StringComparison.Ordinal) || id.StartsWith("Mexico/", StringComparison.Ordinal)
        || id.StartsWith("Chile/", StringComparison.Ordinal);
}
