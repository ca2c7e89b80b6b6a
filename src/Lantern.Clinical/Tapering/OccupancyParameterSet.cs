namespace Lantern.Clinical.Tapering;

/// <summary>
/// One fitted pair of Emax and ED50 for one drug and brain region, with where it came from. None of these is
/// verified (clinical.md §1.1): every result built from one carries <see cref="Status"/> so the UI can show it.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>citalopram-striatum-sorensen-via-code</c>.</param>
/// <param name="Conflict">A disagreeing value from another source, shown beside the set; null when none is known.</param>
public sealed record OccupancyParameterSet(
    string Code,
    string Drug,
    string Region,
    decimal EmaxPercent,
    decimal Ed50Mg,
    Source Source,
    string? Conflict = null)
{
    public EvidenceStatus Status => Source.Status;

    public string StatusCode => Status.ToCode();

    public string StatusLabel => Status.ToLabel();

    public decimal OccupancyPercent(decimal doseMg) => OccupancyModel.OccupancyPercent(EmaxPercent, Ed50Mg, doseMg);

    public decimal DoseForOccupancy(decimal occupancyPercent, string field = "occupancyPercent") =>
        OccupancyModel.DoseForOccupancy(EmaxPercent, Ed50Mg, occupancyPercent, field);
}
