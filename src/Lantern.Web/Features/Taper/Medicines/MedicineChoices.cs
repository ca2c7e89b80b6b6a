using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>The taper forms' one medicine list: each medicine with each form it comes in, as one choice.</summary>
public static class MedicineChoices
{
    /// <summary>One option of the combined "medicine and form" list: <c>drug|formulation</c>, or <c>drug|</c> for mg only.</summary>
    public sealed record MedicineOption(string Value, string Label);

    public sealed record MedicineGroup(string Label, IReadOnlyList<MedicineOption> Options);

    /// <summary>
    /// Every medicine with each form it comes in, as one select: without JavaScript a second list cannot narrow
    /// itself to the chosen drug, and a single choice can never name a form the drug does not come in.
    /// </summary>
    public static IReadOnlyList<MedicineGroup> MedicineGroups { get; } =
    [
        .. DrugCatalogue.All
            .GroupBy(d => d.Class)
            .Select(g => new MedicineGroup(
                g.Key switch
                {
                    DrugClass.Antidepressant => "Antidepressants",
                    DrugClass.Benzodiazepine => "Benzodiazepines",
                    _ => "Z-drugs",
                },
                [.. g.OrderBy(d => d.DisplayName, StringComparer.Ordinal).SelectMany(d =>
                    new[] { new MedicineOption($"{d.Name}|", d.Formulations.Count == 0 ? $"{d.DisplayName} (mg only)" : $"{d.DisplayName}: any form (mg only)") }
                        .Concat(d.Formulations.Select(f => new MedicineOption($"{d.Name}|{f.Code}", $"{d.DisplayName}: {f.Description}"))))])),
    ];

    public static (string? Drug, string? Formulation) SplitMedicine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var parts = value.Split('|', 2);
        return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }

    public static string JoinMedicine(string drug, string? formulation) =>
        formulation is TaperPlanner.CompoundedLiquid or TaperPlanner.CompoundedCapsules ? $"{drug}|" : $"{drug}|{formulation}";
}
