namespace Lantern.Clinical.Tapering;

/// <summary>A medicine Lantern can plan a taper for, with the formulations whose strengths we could source.</summary>
/// <param name="Name">Generic name used in requests, e.g. <c>citalopram</c>.</param>
/// <param name="Note">Anything the planner must say about this medicine, e.g. when no formulation could be sourced.</param>
public sealed record TaperDrug(string Name, string DisplayName, DrugClass Class, IReadOnlyList<Formulation> Formulations, string? Note = null)
{
    public string ClassCode => Class.ToCode();

    public IReadOnlyList<string> FormulationCodes => [.. Formulations.Select(f => f.Code)];
}
