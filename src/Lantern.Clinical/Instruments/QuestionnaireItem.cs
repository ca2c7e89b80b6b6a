namespace Lantern.Clinical.Instruments;

/// <summary>One question, numbered from 1 as printed on the form.</summary>
/// <param name="Cluster">Sub-scale the item belongs to (PCL-5 clusters B-E), if any.</param>
public sealed record QuestionnaireItem(int Number, string Text, string? LoincCode = null, string? Cluster = null);
