using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Taper.Medicines;

/// <summary>A medicine as the API and the form send it. Owner, id and timestamps are never read from here.</summary>
public sealed record MedicationInput(string? Drug, decimal? DoseMg, string? Formulation, decimal? CompoundedStrengthMg, DateOnly? TakingSince)
{
    /// <summary>
    /// Checks the medicine against the planner's own catalogue and limits, so anything saved here can start a plan:
    /// a known drug, a dose above 0 and within the planner's plausible range, a formulation that drug comes in.
    /// </summary>
    public IReadOnlyList<InputError> Validate(DateOnly today)
    {
        // The planner already checks drug, dose, formulation and compounded strength, naming the same fields.
        var probe = new TaperRequest
        {
            Drug = Drug,
            CurrentDoseMg = DoseMg ?? 0m,
            StartDate = today,
            FinalDoseMg = DoseMg is > 0m ? DoseMg / 2m : null,
            Formulation = string.IsNullOrWhiteSpace(Formulation) ? null : Formulation,
            CompoundedStrengthMg = CompoundedStrengthMg,
        };
        var errors = TaperPlanner.Validate(probe)
            .Where(e => e.Field is "drug" or "currentDoseMg" or "formulation" or "compoundedStrengthMg")
            .Select(e => e.Field == "currentDoseMg" ? e with { Field = "doseMg" } : e)
            .ToList();

        if (TakingSince is { } since && (since > today || since < TaperLimits.EarliestTakingSince))
        {
            errors.Add(new InputError("takingSince", "Give the date you started this dose: today or earlier."));
        }

        return errors;
    }
}
