namespace Lantern.Clinical.Tapering;

/// <summary>Something the person and prescriber must see with the schedule, with the sources behind it.</summary>
/// <param name="Code">Stable code, e.g. <c>step-needs-finer-formulation</c>.</param>
public sealed record TaperWarning(string Code, string Message, IReadOnlyList<Source> Sources);
