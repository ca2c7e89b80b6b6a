namespace Lantern.Clinical.Tapering;

/// <summary>The sum of several conversions. Each item keeps its own table so a mixed total is never silent.</summary>
public sealed record DiazepamEquivalentTotal(DoseRange TotalMg, IReadOnlyList<DiazepamEquivalentResult> Items)
{
    /// <summary>True when the items came from more than one table; the UI should say so.</summary>
    public bool UsesMoreThanOneTable => Items.Select(i => i.Table).Distinct().Count() > 1;
}
