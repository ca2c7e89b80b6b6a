namespace Lantern.Clinical.Opioids;

/// <summary>A reference level reached by the total, with the status of the source that names it.</summary>
public sealed record MmeFlag(string Code, int ThresholdMme, string Text, Source Source)
{
    public EvidenceStatus Status => Source.Status;
}
