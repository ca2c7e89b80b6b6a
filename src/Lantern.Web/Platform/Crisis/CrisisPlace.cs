namespace Lantern.Web.Platform.Crisis;

/// <summary>What the crisis route needs to know about a person to choose their country's lines.</summary>
public interface ICrisisPlace
{
    /// <summary>The country they chose for crisis lines (ISO 3166-1 alpha-2), or null.</summary>
    string? CrisisCountry { get; }

    /// <summary>Their IANA time zone, used when they chose no country.</summary>
    string? TimeZone { get; }
}

/// <summary>A person's crisis country and time zone; <see cref="Unknown"/> for someone not signed in.</summary>
public sealed record CrisisPlace(string? CrisisCountry, string? TimeZone) : ICrisisPlace
{
    public static CrisisPlace Unknown { get; } = new(null, null);
}
