namespace Lantern.Clinical.Validation;

/// <summary>
/// One invalid input. <paramref name="Field"/> is a JSON-style path (e.g. <c>answers[3]</c>, <c>items[0].opioid</c>)
/// so the web layer can put it straight into a problem-details "errors" map.
/// </summary>
/// <param name="Accepted">For unknown names, every name that would have been accepted.</param>
public sealed record InputError(string Field, string Message, IReadOnlyList<string>? Accepted = null);
