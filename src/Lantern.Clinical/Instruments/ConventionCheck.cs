namespace Lantern.Clinical.Instruments;

/// <summary>
/// The result of applying a named convention (e.g. "response: 50% or greater drop"). Always carries the
/// definition and its source, whose status says how firm the convention is.
/// </summary>
/// <param name="Met">Null when the convention cannot be applied (e.g. percentage change from a baseline of 0).</param>
public sealed record ConventionCheck(string Name, string Definition, bool? Met, Source Source)
{
    public EvidenceStatus Status => Source.Status;
}
