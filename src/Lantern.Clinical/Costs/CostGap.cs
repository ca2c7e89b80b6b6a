namespace Lantern.Clinical.Costs;

/// <summary>
/// A row the estimator deliberately leaves out because no dated published figure was found, with the reason shown to
/// the person. <paramref name="Note"/> carries a dated statement about insurance when one exists.
/// </summary>
public sealed record CostGap(TreatmentRoute Route, Payer Payer, string Explanation, CoverageNote? Note);
