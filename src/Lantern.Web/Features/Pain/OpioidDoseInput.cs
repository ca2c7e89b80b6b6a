using Lantern.Clinical.Opioids;
using Lantern.Clinical.Validation;

namespace Lantern.Web.Features.Pain;

/// <summary>
/// One opioid as the API and the form send it. <paramref name="Unit"/> is optional on the API; when given it must be
/// the unit the CDC table uses for that opioid, which catches a fentanyl patch typed in mg. Owner, id and timestamps
/// are never read from here.
/// </summary>
/// <param name="From">First local day of this dose.</param>
/// <param name="To">Last local day; leave it out while the dose goes on.</param>
public sealed record OpioidDoseInput(string? Opioid, decimal? DailyDose, string? Unit, DateOnly? From, DateOnly? To)
{
    public const int CodeMaxLength = 40;

    /// <summary>Catches a mistyped year; the log is for doses taken in living memory of the record.</summary>
    public static readonly DateOnly EarliestDate = new(1980, 1, 1);

    /// <summary>A planned last day may be a while ahead, but a year is enough to catch a mistyped year.</summary>
    public const int LatestEndDaysAhead = 366;

    /// <summary>
    /// Every problem, with the API's field names (<c>opioid</c>, <c>dailyDose</c>, <c>unit</c>, <c>from</c>,
    /// <c>to</c>). Opioid, dose and unit are checked by Lantern.Clinical itself, so the log accepts exactly what the
    /// MME calculation accepts.
    /// </summary>
    public IReadOnlyList<InputError> Validate(DateOnly today)
    {
        var errors = MorphineEquivalents.Validate([new OpioidDose(Opioid ?? string.Empty, DailyDose ?? 0m, Unit)])
            .Select(e => e with { Field = FieldOf(e.Field), Message = WithAccepted(e) })
            .ToList();

        if (From is not { } from)
        {
            errors.Add(new InputError("from", "Give the first day you took this dose."));
        }
        else if (from > today)
        {
            errors.Add(new InputError("from", "The first day can't be after today. Log a dose once you have started it."));
        }
        else if (from < EarliestDate)
        {
            errors.Add(new InputError("from", $"Give a first day in {EarliestDate.Year} or later."));
        }

        if (To is { } to)
        {
            if (From is { } start && to < start)
            {
                errors.Add(new InputError("to", "The last day can't be before the first day."));
            }
            else if (to > today.AddDays(LatestEndDaysAhead))
            {
                errors.Add(new InputError("to", "Give a last day within a year from today, or leave it empty while you still take it."));
            }
        }

        return errors;
    }

    /// <summary>The opioid as the clinical library resolved it: its code, the unit of its dose and its MME per day.</summary>
    public MmeItemResult Resolve() => MorphineEquivalents.Calculate([new OpioidDose(Opioid!, DailyDose!.Value, Unit)]).Items[0];

    // The library checks a list; a single entry's fields lose the "items[0]." prefix.
    private static string FieldOf(string field) => field switch
    {
        "items" or "items[0]" => "opioid",
        _ when field.StartsWith("items[0].", StringComparison.Ordinal) => field["items[0].".Length..],
        _ => field,
    };

    // A list of names helps the caller correct an unknown opioid; a single accepted unit is already in the message.
    private static string WithAccepted(InputError error) =>
        error.Accepted is { Count: > 1 } accepted ? $"{error.Message} Accepted: {string.Join(", ", accepted)}." : error.Message;
}

/// <summary>One logged opioid as it leaves the server. <paramref name="MmePerDay"/> comes from Lantern.Clinical.</summary>
/// <param name="Caution">The CDC's extra caution for this opioid (methadone, fentanyl patch), if any.</param>
public sealed record OpioidDoseResponse(
    Guid Id,
    string Opioid,
    string DisplayName,
    decimal DailyDose,
    string Unit,
    DateOnly From,
    DateOnly? To,
    bool Ongoing,
    decimal MmePerDay,
    string? Caution,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OpioidDoseResponse FromEntry(OpioidDoseEntry entry)
    {
        var item = MorphineEquivalents.Calculate([new OpioidDose(entry.Opioid, entry.DailyDose, entry.Unit)]).Items[0];
        var factor = MorphineEquivalents.Factors.First(f => f.Opioid == item.Opioid);
        return new OpioidDoseResponse(entry.Id, item.Opioid, factor.DisplayName, entry.DailyDose, item.Unit, entry.StartDate, entry.EndDate,
            entry.EndDate is null, item.Mme, item.Caution, entry.CreatedAt, entry.UpdatedAt);
    }
}
