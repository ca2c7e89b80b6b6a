using Lantern.Web.Platform.Http;

namespace Lantern.Web.Features.Taper;

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
        var errors = new Dictionary<string, string[]>();
        var settings = Read(errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return settings;
    }

    /// <summary>The second pace to compare: the same plan with the comparison's step, interval or drop.</summary>
    public TaperSettings ToComparison(TaperSettings main)
    {
        var errors = new Dictionary<string, string[]>();
        var comparison = main with
        {
            StepPercent = FormValues.ReadDecimal(CompareStepPercent, "compareStepPercent", errors) ?? main.StepPercent,
            IntervalDays = FormValues.ReadInteger(CompareIntervalDays, "compareIntervalDays", errors) ?? main.IntervalDays,
            OccupancyDropPoints = FormValues.ReadDecimal(CompareOccupancyDropPoints, "compareOccupancyDropPoints", errors) ?? main.OccupancyDropPoints,
        };
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return comparison;
    }

    public static PlanFormInput From(TaperSettings settings, Guid? medicationId = null, int? version = null)
    {
        var compounded = settings.Formulation is Lantern.Clinical.Tapering.TaperPlanner.CompoundedLiquid or Lantern.Clinical.Tapering.TaperPlanner.CompoundedCapsules
            ? settings.Formulation
            : null;
        return new PlanFormInput
        {
            Medicine = settings.Drug is null ? null : FormValues.JoinMedicine(settings.Drug, settings.Formulation),
            CurrentDoseMg = FormValues.Text(settings.CurrentDoseMg),
            Method = settings.Method == "occupancy" ? "occupancy" : string.Empty,
            StepPercent = FormValues.Text(settings.StepPercent),
            IntervalDays = FormValues.Text(settings.IntervalDays),
            StartDate = FormValues.Text(settings.StartDate),
            FinalDoseMg = FormValues.Text(settings.FinalDoseMg),
            TargetDate = FormValues.Text(settings.TargetDate),
            OccupancyDropPoints = FormValues.Text(settings.OccupancyDropPoints),
            OccupancyParameterSet = settings.OccupancyParameterSet,
            EquivalenceTable = settings.EquivalenceTable,
            LiquidIncrementMl = FormValues.Text(settings.LiquidIncrementMl),
            Compounded = compounded,
            CompoundedStrengthMg = FormValues.Text(settings.CompoundedStrengthMg),
            MedicationId = medicationId,
            Version = version,
        };
    }

    private TaperSettings Read(Dictionary<string, string[]> errors)
    {
        var (drug, formulation) = FormValues.SplitMedicine(Medicine);
        if (!string.IsNullOrWhiteSpace(Compounded))
        {
            formulation = Compounded.Trim();
        }

        return new TaperSettings
        {
            Drug = drug,
            CurrentDoseMg = FormValues.ReadDecimal(CurrentDoseMg, "currentDoseMg", errors),
            Method = string.IsNullOrWhiteSpace(Method) ? null : Method.Trim(),
            StepPercent = FormValues.ReadDecimal(StepPercent, "stepPercent", errors),
            IntervalDays = FormValues.ReadInteger(IntervalDays, "intervalDays", errors),
            StartDate = FormValues.ReadDate(StartDate, "startDate", errors),
            FinalDoseMg = FormValues.ReadDecimal(FinalDoseMg, "finalDoseMg", errors),
            Formulation = formulation,
            CompoundedStrengthMg = FormValues.ReadDecimal(CompoundedStrengthMg, "compoundedStrengthMg", errors),
            LiquidIncrementMl = FormValues.ReadDecimal(LiquidIncrementMl, "liquidIncrementMl", errors),
            TargetDate = FormValues.ReadDate(TargetDate, "targetDate", errors),
            OccupancyParameterSet = string.IsNullOrWhiteSpace(OccupancyParameterSet) ? null : OccupancyParameterSet,
            OccupancyDropPoints = FormValues.ReadDecimal(OccupancyDropPoints, "occupancyDropPoints", errors),
            EquivalenceTable = string.IsNullOrWhiteSpace(EquivalenceTable) ? null : EquivalenceTable,
        };
    }
}
