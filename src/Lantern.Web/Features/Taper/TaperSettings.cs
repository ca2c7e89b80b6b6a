using Lantern.Clinical.Tapering;
using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// The choices that make a taper plan, as the API and the plan form send them. Field names match the clinical
/// library's, so its errors name the same JSON fields. Anything left out takes the planner's documented default.
/// </summary>
public record TaperSettings
{
    public string? Drug { get; init; }
    public decimal? CurrentDoseMg { get; init; }
    public string? Method { get; init; }
    public decimal? StepPercent { get; init; }
    public int? IntervalDays { get; init; }
    public DateOnly? StartDate { get; init; }
    public decimal? FinalDoseMg { get; init; }
    public string? Formulation { get; init; }
    public decimal? CompoundedStrengthMg { get; init; }
    public decimal? LiquidIncrementMl { get; init; }
    public DateOnly? TargetDate { get; init; }
    public string? OccupancyParameterSet { get; init; }
    public decimal? OccupancyDropPoints { get; init; }
    public string? EquivalenceTable { get; init; }

    public TaperRequest ToRequest(IReadOnlyList<TaperEvent>? events = null, bool? symptomsTolerable = null) => new()
    {
        Drug = Drug,
        CurrentDoseMg = CurrentDoseMg ?? 0m,
        Method = Blank(Method),
        StepPercent = StepPercent,
        IntervalDays = IntervalDays,
        StartDate = StartDate,
        FinalDoseMg = FinalDoseMg,
        Formulation = Blank(Formulation),
        CompoundedStrengthMg = CompoundedStrengthMg,
        LiquidIncrementMl = LiquidIncrementMl,
        TargetDate = TargetDate,
        OccupancyParameterSet = Blank(OccupancyParameterSet),
        OccupancyDropPoints = OccupancyDropPoints,
        EquivalenceTable = Blank(EquivalenceTable),
        SymptomsTolerable = symptomsTolerable,
        Events = events,
    };

    public static TaperSettings From(TaperPlan plan) => new()
    {
        Drug = plan.Drug,
        CurrentDoseMg = plan.CurrentDoseMg,
        Method = plan.Method,
        StepPercent = plan.StepPercent,
        IntervalDays = plan.IntervalDays,
        StartDate = plan.StartDate,
        FinalDoseMg = plan.FinalDoseMg,
        Formulation = plan.Formulation,
        CompoundedStrengthMg = plan.CompoundedStrengthMg,
        LiquidIncrementMl = plan.LiquidIncrementMl,
        TargetDate = plan.TargetDate,
        OccupancyParameterSet = plan.OccupancyParameterSet,
        OccupancyDropPoints = plan.OccupancyDropPoints,
        EquivalenceTable = plan.EquivalenceTable,
    };

    /// <summary>Copies these choices onto a plan, with the method and parameter set the planner resolved.</summary>
    public void ApplyTo(TaperPlan plan, TaperSchedule schedule)
    {
        plan.Drug = schedule.Drug.Name;
        plan.Method = schedule.MethodCode;
        plan.CurrentDoseMg = CurrentDoseMg ?? 0m;
        plan.StepPercent = StepPercent;
        plan.IntervalDays = IntervalDays;
        plan.StartDate = StartDate!.Value;
        plan.FinalDoseMg = FinalDoseMg;
        plan.Formulation = schedule.Formulation?.Code ?? Blank(Formulation);
        plan.CompoundedStrengthMg = CompoundedStrengthMg;
        plan.LiquidIncrementMl = LiquidIncrementMl;
        plan.TargetDate = TargetDate;
        plan.OccupancyParameterSet = schedule.OccupancyParameters?.Code;
        plan.OccupancyDropPoints = OccupancyDropPoints;
        plan.EquivalenceTable = Blank(EquivalenceTable);
    }

    /// <summary>
    /// Web-side checks the planner does not make: dates near enough to today that a mistyped year is caught and
    /// every computed step date stays representable.
    /// </summary>
    public IReadOnlyList<InputError> CheckDates(DateOnly today)
    {
        var errors = new List<InputError>();
        var years = TaperLimits.StartDateYearsFromToday;
        if (StartDate is { } start && (start < today.AddYears(-years) || start > today.AddYears(years)))
        {
            errors.Add(new InputError("startDate", $"Give a start date within {years} years of today."));
        }

        if (TargetDate is { } target && target > today.AddYears(years))
        {
            errors.Add(new InputError("targetDate", $"Give a target date within {years} years of today."));
        }

        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
