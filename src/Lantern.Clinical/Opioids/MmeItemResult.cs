namespace Lantern.Clinical.Opioids;

/// <summary>One converted opioid: dose × factor = MME/day.</summary>
public sealed record MmeItemResult(string Opioid, decimal Dose, string Unit, decimal Factor, decimal Mme, string? Caution);
