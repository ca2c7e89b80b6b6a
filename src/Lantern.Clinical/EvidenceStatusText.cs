namespace Lantern.Clinical;

/// <summary>Codes and plain-language labels for <see cref="EvidenceStatus"/>, so every surface words them the same way.</summary>
public static class EvidenceStatusText
{
    public static string ToCode(this EvidenceStatus status) => status switch
    {
        EvidenceStatus.Verified => "verified",
        EvidenceStatus.Secondary => "secondary",
        EvidenceStatus.ConventionNotVerified => "convention-not-verified",
        EvidenceStatus.LanternPolicy => "lantern-policy",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToLabel(this EvidenceStatus status) => status switch
    {
        EvidenceStatus.Verified => "Checked against the published source.",
        EvidenceStatus.Secondary => "Seen only in a secondary source; not yet checked against the original.",
        EvidenceStatus.ConventionNotVerified => "A commonly used convention; we could not confirm where it was first defined.",
        EvidenceStatus.LanternPolicy => "Lantern's own rule, not a published guideline.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
