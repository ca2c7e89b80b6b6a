using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Medicines;

public sealed record MedicationResponse(
    Guid Id,
    string Drug,
    string DisplayName,
    string DrugClass,
    decimal DoseMg,
    string? Formulation,
    string? FormulationDescription,
    decimal? CompoundedStrengthMg,
    DateOnly? TakingSince,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static MedicationResponse From(Medication m)
    {
        var drug = DrugCatalogue.Find(m.Drug);
        return new MedicationResponse(
            m.Id, m.Drug, drug?.DisplayName ?? m.Drug, drug?.ClassCode ?? "unknown", m.DailyDoseMg, m.Formulation,
            drug?.Formulations.FirstOrDefault(f => f.Code == m.Formulation)?.Description ?? (m.Formulation is null ? null : CompoundedName(m.Formulation)),
            m.CompoundedStrengthMg, m.TakingSince, m.CreatedAt, m.UpdatedAt);
    }

    private static string CompoundedName(string code) => code switch
    {
        TaperPlanner.CompoundedLiquid => "Compounded liquid",
        TaperPlanner.CompoundedCapsules => "Compounded capsules",
        _ => code,
    };
}
