namespace Lantern.Clinical.Tapering;

/// <summary>One tablet or capsule strength, and how far it may be divided.</summary>
public sealed record SolidStrength(decimal Mg, Splitting Splitting = Splitting.WholeOnly)
{
    /// <summary>The smallest piece this strength gives: the whole unit, a half or a quarter.</summary>
    public decimal SmallestPieceMg => Splitting switch
    {
        Splitting.WholeOnly => Mg,
        Splitting.Halves => Mg / 2m,
        Splitting.Quarters => Mg / 4m,
        _ => throw new ArgumentOutOfRangeException(nameof(Splitting), Splitting, null),
    };
}
