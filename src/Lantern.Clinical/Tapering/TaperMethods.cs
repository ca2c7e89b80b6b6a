namespace Lantern.Clinical.Tapering;

/// <summary>Codes for <see cref="TaperMethod"/>.</summary>
public static class TaperMethods
{
    public static IReadOnlyList<string> AcceptedCodes { get; } = ["proportional", "occupancy", "benzodiazepine"];

    public static string ToCode(this TaperMethod method) => method switch
    {
        TaperMethod.Proportional => "proportional",
        TaperMethod.Occupancy => "occupancy",
        TaperMethod.Benzodiazepine => "benzodiazepine",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    /// <summary>The method for a code, or null when the code is not one of <see cref="AcceptedCodes"/>.</summary>
    public static TaperMethod? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "proportional" => TaperMethod.Proportional,
        "occupancy" => TaperMethod.Occupancy,
        "benzodiazepine" => TaperMethod.Benzodiazepine,
        _ => null,
    };
}
