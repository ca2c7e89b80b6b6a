using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lantern.Web.Platform.Data;

/// <summary>
/// Stores an instant as UTC ticks. Unlike EF's binary converter it keeps full precision and sorts
/// correctly. Any offset is normalised to UTC on the way in, so reads always come back as UTC.
/// </summary>
public sealed class UtcDateTimeOffsetToTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => ToTicks(value),
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
{
    private static long ToTicks(DateTimeOffset value) => value.UtcTicks;
}
