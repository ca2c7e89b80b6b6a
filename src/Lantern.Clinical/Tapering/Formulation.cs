namespace Lantern.Clinical.Tapering;

/// <summary>
/// A form a medicine comes in, with the strengths a taper can be built from.
/// Solids list <see cref="Strengths"/>; liquids give <see cref="ConcentrationMgPerMl"/>; drops also give
/// <see cref="MgPerDrop"/>.
/// </summary>
/// <param name="Code">Stable code used in requests, e.g. <c>tablets</c>, <c>oral-solution-2-mg-per-ml</c>.</param>
/// <param name="Caution">Something the person and pharmacist must know about this form (e.g. not mg-for-mg with tablets).</param>
public sealed record Formulation(
    string Code,
    FormulationKind Kind,
    string Description,
    IReadOnlyList<SolidStrength> Strengths,
    decimal? ConcentrationMgPerMl,
    decimal? MgPerDrop,
    IReadOnlyList<FormulationSource> Sources,
    string? Caution = null)
{
    public string KindCode => Kind switch
    {
        FormulationKind.Tablet => "tablet",
        FormulationKind.Capsule => "capsule",
        FormulationKind.OralLiquid => "oral-liquid",
        FormulationKind.OralDrops => "oral-drops",
        FormulationKind.Compounded => "compounded",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    public bool IsLiquid => ConcentrationMgPerMl is not null;

    /// <summary>The smallest dose step this formulation can give, given how finely a liquid is measured.</summary>
    public decimal SmallestUnitMg(decimal liquidIncrementMl) => Kind switch
    {
        FormulationKind.OralDrops => MgPerDrop!.Value,
        _ when IsLiquid => liquidIncrementMl * ConcentrationMgPerMl!.Value,
        _ => Strengths.Min(s => s.SmallestPieceMg),
    };
}
