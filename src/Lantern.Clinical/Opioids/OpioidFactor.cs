namespace Lantern.Clinical.Opioids;

/// <summary>One row of the CDC 2022 MME table: the opioid, the unit its dose is in, and its conversion factor.</summary>
/// <param name="Caution">Extra care the CDC asks for with this opioid, if any.</param>
public sealed record OpioidFactor(string Opioid, string DisplayName, DoseUnit Unit, decimal Factor, string? Caution = null)
{
    public string UnitCode => Unit.ToCode();
}
