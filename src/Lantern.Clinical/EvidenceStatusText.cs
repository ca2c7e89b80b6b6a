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

    /// <summary>The status from its code, or null for a code no status has.</summary>
    public static EvidenceStatus? FromCode(string? code) =>
        Enum.GetValues<EvidenceStatus>().Where(s => s.ToCode() == code).Cast<EvidenceStatus?>().FirstOrDefault();

    /// <summary>A few words for a label, a chart title or a table heading: "from a secondary source".</summary>
    public static string ToShortWords(this EvidenceStatus status) => status switch
    {
        EvidenceStatus.Verified => "checked against the source",
        EvidenceStatus.Secondary => "from a secondary source",
        EvidenceStatus.ConventionNotVerified => "a common convention",
        EvidenceStatus.LanternPolicy => "Lantern's own rule",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary><see cref="ToShortWords"/> for a stored code; an unknown code says so plainly.</summary>
    public static string ShortWordsForCode(string? code) => FromCode(code)?.ToShortWords() ?? "strength not known";

    public static string ToLabel(this EvidenceStatus status) => status switch
    {
        EvidenceStatus.Verified => "Checked against the published source.",
        EvidenceStatus.Secondary => "Seen only in a secondary source; not yet checked against the original.",
        EvidenceStatus.ConventionNotVerified => "A commonly used convention; we could not confirm where it was first defined.",
        EvidenceStatus.LanternPolicy => "Lantern's own rule, not a published guideline.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
