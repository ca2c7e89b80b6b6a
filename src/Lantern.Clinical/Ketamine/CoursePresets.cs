namespace Lantern.Clinical.Ketamine;

/// <summary>
/// The three starting patterns Lantern offers when planning a course. None is verified against a primary source
/// (clinical.md §4.2, §4.3), so each is labelled with its status and the page asks the person to check every date
/// with their provider. Booster sessions are never generated: they are added one by one, when the provider sets them.
/// </summary>
public static class CoursePresets
{
    /// <summary>Twice weekly in weeks 1-4, then weekly in weeks 5-8: 12 sessions.</summary>
    [Source(nameof(Refs.SpravatoInductionScheduleClinic))]
    public static CoursePreset EsketamineInduction { get; } = new(
        "esketamine-twice-weekly-then-weekly",
        "Esketamine: twice a week for 4 weeks, then weekly for 4 weeks",
        "12 sessions: two a week (3 or 4 days apart) in weeks 1 to 4, then one a week in weeks 5 to 8. Later sessions are "
            + "added as boosters when your provider sets them.",
        KetamineRoute.EsketamineNasalSpray,
        [0, 3, 7, 10, 14, 17, 21, 24, 28, 35, 42, 49],
        [Refs.SpravatoInductionScheduleClinic]);

    /// <summary>Six infusions, Monday-Wednesday-Friday style, over about two weeks.</summary>
    [Source(nameof(Refs.IvSixInfusionsConvention))]
    public static CoursePreset IvSixOverTwoWeeks { get; } = new(
        "iv-six-over-two-weeks",
        "IV infusions: 6 over about 2 weeks",
        "6 sessions, two or three days apart, over 12 days.",
        KetamineRoute.IvInfusion,
        [0, 2, 4, 7, 9, 11],
        [Refs.IvSixInfusionsConvention]);

    /// <summary>One session a week for the four weeks Hull 2022 describes.</summary>
    [Source(nameof(Refs.Hull2022))]
    [Source(nameof(Refs.AtHomeWeeklyConvention))]
    public static CoursePreset AtHomeWeekly { get; } = new(
        "at-home-weekly",
        "At home: one session a week for 4 weeks",
        "4 sessions, a week apart. The 4-week length matches a large at-home study; how often to dose is your prescriber's decision.",
        KetamineRoute.AtHomeLozenges,
        [0, 7, 14, 21],
        [Refs.Hull2022, Refs.AtHomeWeeklyConvention]);

    public static IReadOnlyList<CoursePreset> All { get; } = [AtHomeWeekly, IvSixOverTwoWeeks, EsketamineInduction];

    public static IReadOnlyList<string> Codes { get; } = All.Select(p => p.Code).ToArray();

    public static CoursePreset? ForCode(string? code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
