namespace Lantern.Clinical.Instruments;

/// <summary>Change between two PHQ-9 totals, with response and remission offered as labelled conventions.</summary>
/// <param name="PercentChange">Negative when the score fell; null when the baseline is 0.</param>
public sealed record Phq9Change(
    int BaselineTotal,
    int CurrentTotal,
    decimal? PercentChange,
    ConventionCheck Response,
    ConventionCheck Remission);
