namespace Lantern.Clinical.Costs;

/// <summary>
/// One published price range per session, with what it covers and when it was published. Every figure the estimator
/// uses is one of these; a route and payer without one has no figure at all (see <see cref="CostGap"/>).
/// </summary>
/// <param name="Covers">What the price includes, in plain words, so nobody reads a medicine-only price as the whole bill.</param>
/// <param name="FigureDate">When the source published the figure, as the source gives it ("22 March 2019", "November 2022").</param>
public sealed record CostFigure(TreatmentRoute Route, Payer Payer, PriceRange PerSession, string Covers, string FigureDate, Source Source);
