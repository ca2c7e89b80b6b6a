using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper;

/// <summary>Words and number formats shared by the taper pages, the printout, the PDF, the calendar and the CSV.</summary>
public static class TaperText
{
    /// <summary>Shown when no plan exists yet (the planner's own "not a prescription" warning is used otherwise).</summary>
    public const string ForDiscussionFallback =
        "Lantern's plans are for a conversation with your prescriber. They are not a prescription: please don't change your dose without them.";

    /// <summary>The planner's own "not a prescription" words, so every surface says exactly the same thing.</summary>
    public static string ForDiscussion(TaperSchedule schedule) =>
        schedule.Warnings.FirstOrDefault(w => w.Code == "not-a-prescription")?.Message ?? ForDiscussionFallback;

    public static string Mg(decimal mg) => mg.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"5 Jan 2026": for table cells, where the weekday would wrap on a phone.</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Mon 5 Jan 2026": unambiguous in every English-speaking country.</summary>
    public static string LongDate(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string MethodName(string code) => code switch
    {
        "proportional" => "Proportional (a percentage of the previous dose)",
        "occupancy" => "Occupancy-targeted (equal drops in estimated occupancy; model parameters seen only in a secondary source)",
        "benzodiazepine" => "Benzodiazepine (ASAM pace limits)",
        _ => code,
    };

    public static string StepKindName(TaperStepKind kind) => kind switch
    {
        TaperStepKind.Planned => "Planned step",
        TaperStepKind.Stop => "Stop",
        TaperStepKind.Taken => "Step taken",
        TaperStepKind.Held => "Held",
        TaperStepKind.SlowedDown => "Slowed down",
        TaperStepKind.SteppedBack => "Stepped back",
        _ => kind.ToString(),
    };

    public static string EventKindName(string code) => code switch
    {
        "step-taken" => "Step taken",
        "hold" => "Held at the current dose",
        "slow-down" => "Slowed down",
        "step-back" => "Went back to the previous dose",
        _ => code,
    };

    /// <summary>The pace in words, e.g. "10 % of the previous dose every 28 days".</summary>
    public static string Pace(TaperSchedule schedule) => schedule.Method == TaperMethod.Occupancy
        ? $"{Percent(schedule.OccupancyDropPoints ?? 0m)} points of estimated occupancy every {schedule.IntervalDays} days"
        : $"{Percent(schedule.StepPercent)} % of the previous dose every {schedule.IntervalDays} days";

    /// <summary>The last row's date: when the plan, as it stands, would stop.</summary>
    public static DateOnly? EndDate(TaperSchedule schedule) => schedule.Steps.Count == 0 ? null : schedule.Steps[^1].Date;

    public static int ProposedStepCount(TaperSchedule schedule) => schedule.Steps.Count(s => !s.Kind.IsRecorded());

    /// <summary>
    /// The warnings printed as notes on paper. The prescriber line and the hold rule are printed above them; the notes
    /// about the last step and the move to a liquid are left out where the "Last step" fact and the phase row in the
    /// schedule already say the same, so a plan still fits its page.
    /// </summary>
    public static IEnumerable<TaperWarning> PrintedNotes(TaperSchedule schedule) =>
        schedule.Warnings.Where(w => w.Code is not ("not-a-prescription" or "hold-rule")
            && !(w.Code is "final-stop" or "final-step-larger" && schedule.FinalStep is not null)
            && !(w.Code == "switch-to-liquid" && schedule.Phases.Any(p => p.Kind == TaperPhaseKind.Liquid)));

    /// <summary>The "Last step" fact: its size, and when it is larger than the typical step, that plainly first.</summary>
    public static string LastStepFact(TaperFinalStep last) => last.LargerThanTypical
        ? $"Larger than the plan's typical step. {last.Text} Agree with your prescriber how and when to take it."
        : last.Text;

    /// <summary>The phase that starts at this step, if one does: shown as a heading row above it.</summary>
    public static TaperPhase? PhaseStartingAt(TaperSchedule schedule, TaperStep step) =>
        schedule.Phases.FirstOrDefault(p => p.FirstStepNumber == step.Number);

    /// <summary>What to take at a step: the product amount, or in words why there is none (empty when neither).</summary>
    public static string WhatToTake(TaperSchedule schedule, TaperStep step)
    {
        if (step.NeedsFinerMeasuring)
        {
            return "Smaller than the syringe marks can measure: ask your pharmacist";
        }

        if (step.NeedsFinerFormulation)
        {
            return schedule.Phases.Any(p => p.Kind == TaperPhaseKind.CompoundedStrength && step.Number >= p.FirstStepNumber && step.Number <= p.LastStepNumber)
                ? "A strength a pharmacy makes up"
                : "Needs a liquid or compounded strength";
        }

        return step.Practical?.Amount ?? string.Empty;
    }

    /// <summary>The form in words, with the liquid or pharmacy-made strength the plan moves to and from which step.</summary>
    public static string FormSummary(TaperSchedule schedule)
    {
        var chosen = schedule.Formulation?.Description ?? "Not chosen: doses in mg only";
        var next = schedule.Phases.FirstOrDefault(p => p.Kind != TaperPhaseKind.ChosenForm);
        return next switch
        {
            null => chosen,
            { Kind: TaperPhaseKind.Liquid, Formulation: { } liquid } => $"{chosen}; from step {next.FirstStepNumber}: {liquid.Description}",
            _ => $"{chosen}; from step {next.FirstStepNumber}: a strength a pharmacy makes up",
        };
    }

    /// <summary>The biggest proposed cut before the final stop, in percent of the dose before it.</summary>
    public static decimal LargestPlannedCut(TaperSchedule schedule) =>
        schedule.Steps.Where(s => s.Kind == TaperStepKind.Planned).Select(s => s.ReductionPercent).DefaultIfEmpty(0m).Max();
}
