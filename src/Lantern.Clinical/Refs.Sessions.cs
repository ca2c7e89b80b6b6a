namespace Lantern.Clinical;

// Sources behind ketamine courses and dosing-day sessions (Ketamine/). Statuses are the reference's; where it holds
// no source, the entry says so and carries the ConventionNotVerified or LanternPolicy status instead.
public static partial class Refs
{
    public static readonly Source LanternSessionPolicy = new(
        nameof(LanternSessionPolicy),
        "Lantern dosing-day policy: the checklist items without a citation of their own, a support-person check every "
            + "15 minutes after the dose, a pre-dose blood-pressure reading no older than 60 minutes, and which session "
            + "answers raise which red flag. Chosen to err towards safety; no source we hold sets these. Needs sign-off "
            + "by the clinical safety officer.",
        EvidenceStatus.LanternPolicy, "clinical.md §4 (no verified rule for these)");

    public static readonly Source SpravatoInductionScheduleClinic = new(
        nameof(SpravatoInductionScheduleClinic),
        "Esketamine (SPRAVATO) sessions as one clinic's website describes them: twice weekly in weeks 1-4, once weekly "
            + "in weeks 5-8, then weekly or every 2 weeks from week 9. Seen only on a clinic website; the doses it "
            + "lists are not used (Lantern records the prescriber's dose as written).",
        EvidenceStatus.Secondary, "clinical.md §4.2 (induction schedule row)", "https://renewinfusions.com/spravato");

    public static readonly Source IvSixInfusionsConvention = new(
        nameof(IvSixInfusionsConvention),
        "IV ketamine started with six infusions over about two weeks: a commonly described pattern for which we have "
            + "found no primary source. The nearest report we hold, Crain's New York Business (2022, a secondary source), "
            + "says only that a course is typically six or more sessions.",
        EvidenceStatus.ConventionNotVerified, "not in clinical.md; see CrainsNewYork2022KetamineCosts");

    public static readonly Source AtHomeWeeklyConvention = new(
        nameof(AtHomeWeeklyConvention),
        "At-home sublingual ketamine taken once a week: a commonly described pattern. The verified trial (Hull 2022) "
            + "confirms a 4-week programme but the reference does not record how often doses were taken.",
        EvidenceStatus.ConventionNotVerified, "clinical.md §4.3 (frequency not recorded)");
}
