using NodaTime;

namespace Lantern.Web.Platform.Time;

/// <summary>One zone as a person picks it: "Chicago (UTC−05:00)" under "America".</summary>
public sealed record TimeZoneChoice(string Id, string City, string Offset)
{
    public string Label => $"{City} ({Offset})";
}

/// <summary>The zones of one region ("America", "Europe"), cities in alphabetical order.</summary>
public sealed record TimeZoneRegion(string Name, IReadOnlyList<TimeZoneChoice> Zones);

/// <summary>
/// The time-zone list every form shows (through the shared <c>_TimeZoneSelect</c> partial): grouped by region, with
/// readable city names and each zone's offset from UTC now, so a person finds "Chicago" instead of scrolling 300 raw
/// IANA ids. The value sent is still the IANA id.
/// </summary>
public static class TimeZoneChoices
{
    /// <summary>Every selectable zone, grouped, with its offset at <paramref name="now"/> (offsets change with daylight saving).</summary>
    public static IReadOnlyList<TimeZoneRegion> At(DateTimeOffset now)
    {
        var instant = Instant.FromDateTimeOffset(now);
        return TimeZones.Selectable
            .Select(id => (Region: id[..id.IndexOf('/', StringComparison.Ordinal)], Choice: new TimeZoneChoice(id, City(id), Offset(id, instant))))
            .GroupBy(z => z.Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TimeZoneRegion(g.Key, g.Select(z => z.Choice).OrderBy(c => c.City, StringComparer.Ordinal).ToArray()))
            .ToArray();
    }

    /// <summary>"America/Argentina/Buenos_Aires" reads "Buenos Aires, Argentina"; "Europe/London" reads "London".</summary>
    public static string City(string id)
    {
        var parts = id.Split('/').Skip(1).Select(p => p.Replace('_', ' ')).ToArray();
        return parts.Length == 1 ? parts[0] : $"{parts[^1]}, {string.Join(", ", parts[..^1])}";
    }

    /// <summary>"UTC+05:30", "UTC−05:00" (a true minus sign, read aloud as minus), "UTC+00:00".</summary>
    public static string Offset(string id, Instant instant)
    {
        var offset = DateTimeZoneProviders.Tzdb[id].GetUtcOffset(instant);
        var span = offset.ToTimeSpan();
        var sign = span < TimeSpan.Zero ? "\u2212" : "+";
        return $"UTC{sign}{span.Duration():hh\\:mm}";
    }
}
