namespace Lantern.Clinical.Opioids;

/// <summary>Display codes for <see cref="DoseUnit"/>; the caller may send one back to confirm the unit it meant.</summary>
public static class DoseUnits
{
    public static string ToCode(this DoseUnit unit) => unit switch
    {
        DoseUnit.MilligramsPerDay => "mg/day",
        DoseUnit.MicrogramsPerHour => "mcg/h",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Parses common spellings ("mg/day", "mg", "mcg/h", "mcg/hr", "µg/h"); null when unrecognised.</summary>
    public static DoseUnit? Parse(string? text) =>
        (text ?? string.Empty).Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal) switch
        {
            "mg/day" or "mg/d" or "mg" or "mgperday" => DoseUnit.MilligramsPerDay,
            "mcg/h" or "mcg/hr" or "mcg/hour" or "µg/h" or "µg/hr" or "ug/h" or "ug/hr" => DoseUnit.MicrogramsPerHour,
            _ => null,
        };
}
