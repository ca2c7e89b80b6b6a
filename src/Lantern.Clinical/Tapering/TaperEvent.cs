namespace Lantern.Clinical.Tapering;

/// <summary>One recorded event in a taper. Events are given oldest first.</summary>
/// <param name="DoseTakenMg">For <see cref="TaperEventKind.StepTaken"/>: the daily dose actually taken from <paramref name="Date"/>.</param>
/// <param name="StepPercent">For <see cref="TaperEventKind.SlowDown"/> with a percentage method: the new, smaller step.</param>
/// <param name="OccupancyDropPoints">For <see cref="TaperEventKind.SlowDown"/> with the occupancy method: the new, smaller drop.</param>
public sealed record TaperEvent(
    DateOnly Date,
    TaperEventKind Kind,
    decimal? DoseTakenMg = null,
    decimal? StepPercent = null,
    decimal? OccupancyDropPoints = null)
{
    public string KindCode => Kind.ToCode();
}
