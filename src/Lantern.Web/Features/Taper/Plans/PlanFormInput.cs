using Lantern.Web.Features.Taper.Medicines;

namespace Lantern.Web.Features.Taper.Plans;

/// <summary>
/// The plan builder form, bound as text. Turns into <see cref="TaperSettings"/> for the same handlers the API uses;
/// its own errors (a number that is not a number) use the same field names as the planner's.
/// </summary>
public sealed class PlanFormInput
{
    public string? Medicine { get; set; }
    public string? CurrentDoseMg { get; set; }

    /// <summary>Empty for the medicine's standard method; <c>occupancy</c> to opt in.</summary>
    public string? Method { get; set; }

    public string? StepPercent { get; set; }
    public string? IntervalDays { get; set; }
    public string? StartDate { get; set; }
    public string? FinalDoseMg { get; set; }
    public string? TargetDate { get; set; }
    public string? OccupancyDropPoints { get; set; }
    public string? OccupancyParameterSet { get; set; }
    public string? EquivalenceTable { get; set; }
    public string? LiquidIncrementMl { get; set; }

    /// <summary>Empty, <c>compounded-liquid</c> or <c>compounded-capsules</c>: replaces the chosen form.</summary>
    public string? Compounded { get; set; }

    public string? CompoundedStrengthMg { get; set; }

    public string? CompareStepPercent { get; set; }
    public string? CompareIntervalDays { get; set; }
    public string? CompareOccupancyDropPoints { get; set; }

    public Guid? MedicationId { get; set; }
    public int? Version { get; set; }

    public bool WantsComparison =>
        !string.IsNullOrWhiteSpace(CompareStepPercent) || !string.IsNullOrWhiteSpace(CompareIntervalDays) || !string.IsNullOrWhiteSpace(CompareOccupancyDropPoints);

    /// <summary>The settings, or a <see cref="ValidationFailedException"/> naming every field that could not be read.</summary>
    public TaperSettings ToSettings()
    {
        var errors = new FieldErrors();
        var settings = Read(errors);
        errors.ThrowIfAny();

        return settings;
    }

    /// <summary>The second pace to compare: the same plan with the comparison's step, interval or drop.</summary>
    public TaperSettings ToComparison(TaperSettings main)
    {
        var errors = new FieldErrors();
        var comparison = main with
        {
            StepPercent = FormText.Number(CompareStepPercent, "compareStepPercent", errors) ?? main.StepPercent,
            IntervalDays = FormText.WholeNumber(CompareIntervalDays, "compareIntervalDays", errors) ?? main.IntervalDays,
            OccupancyDropPoints = FormText.Number(CompareOccupancyDropPoints, "compareOccupancyDropPoints", errors) ?? main.OccupancyDropPoints,
        };
        errors.ThrowIfAny();

        return comparison;
    }

    public static PlanFormInput From(TaperSettings settings, Guid? medicationId = null, int? version = null)
    {
        var compounded = settings.Formulation is Lantern.Clinical.Tapering.TaperPlanner.CompoundedLiquid or Lantern.Clinical.Tapering.TaperPlanner.CompoundedCapsules
            ? settings.Formulation
            : null;
        return new PlanFormInput
        {
            Medicine = settings.Drug is null ? null : MedicineChoices.JoinMedicine(settings.Drug, settings.Formulation),
            CurrentDoseMg = FormText.Of(settings.CurrentDoseMg),
            Method = settings.Method == "occupancy" ? "occupancy" : string.Empty,
            StepPercent = FormText.Of(settings.StepPercent),
            IntervalDays = FormText.Of(settings.IntervalDays),
            StartDate = FormText.Of(settings.StartDate),
            FinalDoseMg = FormText.Of(settings.FinalDoseMg),
            TargetDate = FormText.Of(settings.TargetDate),
            OccupancyDropPoints = FormText.Of(settings.OccupancyDropPoints),
            OccupancyParameterSet = settings.OccupancyParameterSet,
            EquivalenceTable = settings.EquivalenceTable,
            LiquidIncrementMl = FormText.Of(settings.LiquidIncrementMl),
            Compounded = compounded,
            CompoundedStrengthMg = FormText.Of(settings.CompoundedStrengthMg),
            MedicationId = medicationId,
            Version = version,
        };
    }

    private TaperSettings Read(FieldErrors errors)
    {
        var (drug, formulation) = MedicineChoices.SplitMedicine(Medicine);
        if (!string.IsNullOrWhiteSpace(Compounded))
        {
            formulation = Compounded.Trim();
        }

        return new TaperSettings
        {
            Drug = drug,
            CurrentDoseMg = FormText.Number(CurrentDoseMg, "currentDoseMg", errors),
            Method = string.IsNullOrWhiteSpace(Method) ? null : Method.Trim(),
            StepPercent = FormText.Number(StepPercent, "stepPercent", errors),
            IntervalDays = FormText.WholeNumber(IntervalDays, "intervalDays", errors),
            StartDate = FormText.Date(StartDate, "startDate", errors),
            FinalDoseMg = FormText.Number(FinalDoseMg, "finalDoseMg", errors),
            Formulation = formulation,
            CompoundedStrengthMg = FormText.Number(CompoundedStrengthMg, "compoundedStrengthMg", errors),
            LiquidIncrementMl = FormText.Number(LiquidIncrementMl, "liquidIncrementMl", errors),
            TargetDate = FormText.Date(TargetDate, "targetDate", errors),
            OccupancyParameterSet = string.IsNullOrWhiteSpace(OccupancyParameterSet) ? null : OccupancyParameterSet,
            OccupancyDropPoints = FormText.Number(OccupancyDropPoints, "occupancyDropPoints", errors),
            EquivalenceTable = string.IsNullOrWhiteSpace(EquivalenceTable) ? null : EquivalenceTable,
        };
    }
}
