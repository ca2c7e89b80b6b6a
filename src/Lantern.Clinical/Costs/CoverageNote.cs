namespace Lantern.Clinical.Costs;

/// <summary>A dated published statement about insurance for a route, used where no insured price was published.</summary>
public sealed record CoverageNote(TreatmentRoute Route, string Text, string FigureDate, Source Source);
