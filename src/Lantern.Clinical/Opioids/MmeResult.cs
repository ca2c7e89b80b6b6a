namespace Lantern.Clinical.Opioids;

/// <summary>Total morphine milligram equivalents per day, per item, with reference flags and the CDC caution.</summary>
public sealed record MmeResult(
    decimal TotalMme,
    IReadOnlyList<MmeItemResult> Items,
    IReadOnlyList<MmeFlag> Flags,
    string Caution,
    IReadOnlyList<Source> Sources);
