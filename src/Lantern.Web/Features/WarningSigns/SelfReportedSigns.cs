using Lantern.Clinical.Safety;

namespace Lantern.Web.Features.WarningSigns;

/// <summary>
/// The red flags a person can report about themselves by ticking a box, on the warning-signs page and in a check-in.
/// This is only a selection from Lantern.Clinical's RedFlags catalogue (which owns every level and every word);
/// flags that come from a reading or a questionnaire item (blood pressure, PHQ-9 item 9) are raised by those instead.
/// </summary>
[SharedWithOtherFeatures]
public static class SelfReportedSigns
{
    public static IReadOnlyList<RedFlag> All { get; } =
    [
        RedFlags.SuicidalThoughts,
        RedFlags.ChestPain,
        RedFlags.TroubleBreathing,
        RedFlags.SevereConfusion,
        RedFlags.SeeingOrHearingThings,
        RedFlags.BladderPainOrBloodInUrine,
        RedFlags.UnableToFunction,
        RedFlags.WithdrawalNotTolerable,
    ];

    public static IReadOnlyList<string> Codes { get; } = All.Select(f => f.Code).ToArray();

    /// <summary>The flags named by <paramref name="codes"/>; an unknown code is an error on <c>field[i]</c>.</summary>
    public static IReadOnlyList<RedFlag> Parse(IReadOnlyList<string>? codes, string field, FieldErrors errors)
    {
        var flags = new List<RedFlag>();
        if (codes is null)
        {
            return flags;
        }

        for (var i = 0; i < codes.Count; i++)
        {
            var flag = All.FirstOrDefault(f => string.Equals(f.Code, codes[i]?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (flag is null)
            {
                errors.Add($"{field}[{i}]", "Unknown warning sign. Use one of: " + string.Join(", ", Codes) + ".");
            }
            else if (!flags.Contains(flag))
            {
                flags.Add(flag);
            }
        }

        return flags;
    }

    public static IReadOnlyList<RedFlag> FromStored(string stored) =>
        stored.Length == 0
            ? []
            : stored.Split(',').Select(code => RedFlags.ForCode(code)).OfType<RedFlag>().ToArray();

    public static string ToStored(IEnumerable<RedFlag> flags) => string.Join(',', flags.Select(f => f.Code));
}
