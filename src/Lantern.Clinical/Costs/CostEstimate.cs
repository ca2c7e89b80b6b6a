namespace Lantern.Clinical.Costs;

/// <summary>
/// The estimate: published-figure rows, rows left out for want of a dated figure (with the reason), and a row from the
/// person's own quote when they gave one. <see cref="Sources"/> lists every source behind what is shown.
/// </summary>
public sealed record CostEstimate(
    TreatmentRoute Route,
    InsuranceStatus Insurance,
    int SessionsInCourse,
    BoosterFrequency Boosters,
    IReadOnlyList<CostLine> Lines,
    IReadOnlyList<CostGap> Gaps,
    CostLine? FromQuote,
    string Caution,
    IReadOnlyList<Source> Sources)
{
    public int BoosterSessionsPerMonth => Boosters.SessionsPerMonth();
}
