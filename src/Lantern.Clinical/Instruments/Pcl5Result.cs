namespace Lantern.Clinical.Instruments;

/// <summary>A scored PCL-5. A screen, not a diagnosis.</summary>
/// <param name="Total">0-80.</param>
/// <param name="CutPoint">The cut-point used (31, 32 or 33).</param>
/// <param name="PositiveScreen">Total at or above <paramref name="CutPoint"/>.</param>
/// <param name="Dsm5RuleMet">The provisional DSM-5 symptom rule (items rated 2 or more: at least 1 B, 1 C, 2 D, 2 E).</param>
public sealed record Pcl5Result(
    int Total,
    Pcl5ClusterScores Clusters,
    int CutPoint,
    bool PositiveScreen,
    bool Dsm5RuleMet,
    string Notice,
    IReadOnlyList<Source> Sources)
{
    public const int MaxTotal = 80;
}
