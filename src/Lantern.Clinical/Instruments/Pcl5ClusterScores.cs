namespace Lantern.Clinical.Instruments;

/// <summary>
/// PCL-5 cluster sums. Source: Pcl5Scoring (clinical.md §3.3): B items 1-5 (intrusion), C 6-7 (avoidance),
/// D 8-14 (negative changes in thinking and mood), E 15-20 (arousal and reactivity).
/// </summary>
public sealed record Pcl5ClusterScores(int B, int C, int D, int E);
