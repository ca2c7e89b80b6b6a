using Lantern.Clinical.Opioids;

namespace Lantern.Web.Features.Pain;

/// <summary>MME on one local day: the total of every logged opioid whose date range covers it, as Lantern.Clinical adds it up.</summary>
/// <param name="Result">Null on a day with nothing in the log, which counts as 0.</param>
public sealed record DayMme(DateOnly Date, MmeResult? Result)
{
    public decimal Total => Result?.TotalMme ?? 0m;

    public IReadOnlyList<MmeFlag> Flags => Result?.Flags ?? [];
}

/// <summary>
/// Turns date ranges into a value per day. The sum and the reference flags come from
/// <see cref="MorphineEquivalents.Calculate"/>; this only decides which entries cover which day, so no MME figure is
/// worked out in the web project.
/// </summary>
public static class DailyMme
{
    public static IReadOnlyList<DayMme> For(IReadOnlyList<OpioidDoseEntry> entries, DateOnly from, DateOnly to)
    {
        var days = new List<DayMme>(Math.Max(0, to.DayNumber - from.DayNumber + 1));
        // Consecutive days usually share the same entries, so each distinct set is calculated once.
        var calculated = new Dictionary<string, MmeResult>(StringComparer.Ordinal);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var covering = entries.Where(e => Covers(e, day)).OrderBy(e => e.Id).ToArray();
            if (covering.Length == 0)
            {
                days.Add(new DayMme(day, null));
                continue;
            }

            var key = string.Join(',', covering.Select(e => e.Id));
            if (!calculated.TryGetValue(key, out var result))
            {
                result = MorphineEquivalents.Calculate([.. covering.Select(e => new OpioidDose(e.Opioid, e.DailyDose, e.Unit))]);
                calculated[key] = result;
            }

            days.Add(new DayMme(day, result));
        }

        return days;
    }

    public static bool Covers(OpioidDoseEntry entry, DateOnly day) =>
        entry.StartDate <= day && (entry.EndDate is not { } end || end >= day);
}
