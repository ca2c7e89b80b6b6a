namespace Lantern.Clinical.Tapering;

/// <summary>
/// One row of a table exactly as the source prints it: "<see cref="DoseLowMg"/>-<see cref="DoseHighMg"/> mg of
/// <see cref="Drug"/> ≈ <see cref="DiazepamReferenceMg"/> mg diazepam". A single value has Low == High.
/// Keeping the printed form (rather than a pre-divided factor) lets tests use the source's own figures.
/// </summary>
public sealed record BenzodiazepineEquivalence(
    string Drug,
    decimal DoseLowMg,
    decimal DoseHighMg,
    decimal DiazepamReferenceMg,
    BenzodiazepineTable Table);
