namespace Lantern.Clinical.Costs;

/// <summary>A low–high range in US dollars.</summary>
public sealed record PriceRange(decimal Low, decimal High)
{
    public static readonly PriceRange Zero = new(0m, 0m);

    public PriceRange Times(decimal count) => new(Low * count, High * count);
}
