using System.Text.Json.Serialization;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper;

/// <summary>A computed taper schedule as the API returns it. Mapped field by field so it is plain what leaves the server.</summary>
public sealed record TaperScheduleResponse(
    TaperDrugResponse Drug,
    string Method,
    FormulationResponse? Formulation,
    decimal StartingDoseMg,
    decimal StepPercent,
    int IntervalDays,
    decimal FinalDoseMg,
    IReadOnlyList<TaperStepResponse> Steps,
    IReadOnlyList<TaperWarningResponse> Warnings,
    IReadOnlyList<SourceResponse> Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] OccupancyResponse? Occupancy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DiazepamEquivalentResponse? DiazepamEquivalent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TargetDateResponse? TargetDate,
    HoldAdviceResponse NextStepAdvice,
    string ForDiscussionWithPrescriber,
    IReadOnlyList<TaperPhaseResponse> Phases,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TaperFinalStepResponse? FinalStep,
    LiquidMeasureResponse LiquidMeasure)
{
    public static TaperScheduleResponse From(TaperSchedule schedule) => new(
        new TaperDrugResponse(schedule.Drug.Name, schedule.Drug.DisplayName, schedule.Drug.ClassCode),
        schedule.MethodCode,
        schedule.Formulation is { } f ? new FormulationResponse(f.Code, f.KindCode, f.Description) : null,
        schedule.StartingDoseMg,
        schedule.StepPercent,
        schedule.IntervalDays,
        schedule.FinalDoseMg,
        [.. schedule.Steps.Select(TaperStepResponse.From)],
        [.. schedule.Warnings.Select(w => new TaperWarningResponse(w.Code, w.Message, [.. w.Sources.Select(s => s.Key)]))],
        [.. schedule.Sources.Select(SourceResponse.From)],
        schedule.OccupancyParameters is { } set ? OccupancyResponse.From(set, schedule.OccupancyDropPoints) : null,
        schedule.DiazepamEquivalent is { } e
            ? new DiazepamEquivalentResponse(e.DiazepamMg.Low, e.DiazepamMg.High, e.TableCode, e.TableName, e.Source.Key, e.Note, e.Caution)
            : null,
        schedule.TargetDate is { } t
            ? new TargetDateResponse(t.TargetDate, t.TargetDoseMg, t.FeasibilityCode, t.RequiredStepPercent, t.Summary,
                t.EarliestDateWithinAsamLimit, t.EarliestDateAtUsualPace, t.TargetAboveKetamineStudyCutOff)
            : null,
        new HoldAdviceResponse(schedule.NextStepAdviceCode, HoldRule.Explain(schedule.NextStepAdvice)),
        TaperText.ForDiscussion(schedule),
        [.. schedule.Phases.Select(TaperPhaseResponse.From)],
        schedule.FinalStep is { } last ? TaperFinalStepResponse.From(last) : null,
        new LiquidMeasureResponse(schedule.LiquidMeasure.IsAssumed, schedule.LiquidMeasure.FinestMarkMl));
}

/// <summary>A run of proposed steps taken in one form; phases follow each other and never go back.</summary>
/// <param name="Kind"><c>chosen-form</c>, <c>liquid</c> or <c>compounded-strength</c>.</param>
public sealed record TaperPhaseResponse(int FirstStep, int LastStep, DateOnly FirstDate, string Kind, FormulationResponse? Formulation, string Text)
{
    public static TaperPhaseResponse From(TaperPhase phase) => new(
        phase.FirstStepNumber, phase.LastStepNumber, phase.FirstDate, phase.KindCode,
        phase.Formulation is { } f ? new FormulationResponse(f.Code, f.KindCode, f.Description) : null, phase.Text);
}

/// <summary>
/// The last step (stopping) next to the plan's typical step. Occupancy figures come from a parameter set whose status
/// is given with them (secondary for every set Lantern holds).
/// </summary>
public sealed record TaperFinalStepResponse(
    DateOnly Date,
    decimal FromDoseMg,
    decimal PercentOfPreviousDose,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? OccupancyPoints,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? TypicalStepPercent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? TypicalStepOccupancyPoints,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OccupancyStatus,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OccupancyStatusLabel,
    bool LargerThanTypical,
    string Text)
{
    public static TaperFinalStepResponse From(TaperFinalStep last) => new(
        last.Date, last.FromDoseMg, last.PercentOfPreviousDose, last.OccupancyPoints, last.TypicalStepPercent, last.TypicalStepOccupancyPoints,
        last.OccupancyParameters?.StatusCode, last.OccupancyParameters?.StatusLabel, last.LargerThanTypical, last.Text);
}

/// <summary>How finely liquids are measured in this plan: the person's own syringe, or Lantern's assumed one.</summary>
public sealed record LiquidMeasureResponse(bool Assumed, decimal SmallestMarkMl);

public sealed record TaperDrugResponse(string Name, string DisplayName, string Class);

public sealed record FormulationResponse(string Code, string Kind, string Description);

public sealed record TaperStepResponse(
    int Number,
    DateOnly Date,
    string Kind,
    decimal DoseMg,
    string DoseDisplay,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Amount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? OccupancyPercent,
    decimal ReductionPercent,
    bool NeedsLiquidOrCompoundedStrength,
    bool GoAheadOnlyIfSymptomsTolerable,
    bool HoldSuggested,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Form,
    bool NeedsFinerMeasuring)
{
    public static TaperStepResponse From(TaperStep step) => new(
        step.Number, step.Date, step.KindCode, step.DoseMg, step.DoseDisplay,
        step.Practical is { Amount.Length: > 0 } p ? p.Amount : null,
        step.OccupancyPercent, step.ReductionPercent, step.NeedsFinerFormulation, step.GoAheadOnlyIfSymptomsTolerable, step.HoldSuggested,
        step.MeasuredIn?.Code, step.NeedsFinerMeasuring);
}

public sealed record TaperWarningResponse(string Code, string Message, IReadOnlyList<string> Sources);

/// <summary>The occupancy model's parameters, always with their evidence status (SECONDARY for every set we hold).</summary>
public sealed record OccupancyResponse(
    string ParameterSet,
    string Region,
    decimal EmaxPercent,
    decimal Ed50Mg,
    string Status,
    string StatusLabel,
    string Source,
    string? Conflict,
    decimal? DropPoints)
{
    public static OccupancyResponse From(OccupancyParameterSet set, decimal? dropPoints) => new(
        set.Code, set.Region, set.EmaxPercent, set.Ed50Mg, set.StatusCode, set.StatusLabel, set.Source.Citation, set.Conflict, dropPoints);
}

public sealed record DiazepamEquivalentResponse(decimal Low, decimal High, string Table, string TableName, string Source, string? Note, string Caution);

public sealed record TargetDateResponse(
    DateOnly TargetDate,
    decimal TargetDoseMg,
    string Feasibility,
    decimal RequiredStepPercent,
    string Summary,
    DateOnly? EarliestDateWithinAsamLimit,
    DateOnly EarliestDateAtUsualPace,
    bool TargetAboveKetamineStudyCutOff);

public sealed record HoldAdviceResponse(string Code, string Text);
