using System.Globalization;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper;

/// <summary>
/// Reads what people type into the taper forms. Fields are bound as text so a form can show back exactly what was
/// typed when something is wrong; numbers accept a decimal point or a decimal comma.
/// </summary>
public static class FormValues
{
    public static decimal? ReadDecimal(string? raw, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text = text.Replace(',', '.');
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        TaperErrors.Add(errors, field, "Give a number, for example 12.5.");
        return null;
    }

    public static int? ReadInteger(string? raw, string field, Dictionary<string, string[]> errors)
    {
        var value = ReadDecimal(raw, field, errors);
        if (value is null)
        {
            return null;
        }

        if (value != Math.Floor(value.Value) || value is > int.MaxValue or < int.MinValue)
        {
            TaperErrors.Add(errors, field, "Give a whole number.");
            return null;
        }

        return (int)value.Value;
    }

    public static DateOnly? ReadDate(string? raw, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        TaperErrors.Add(errors, field, "Give the date as year-month-day, for example 2026-12-01.");
        return null;
    }

    public static string Text(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Text(DateOnly? value) => value is { } date ? TaperText.Iso(date) : string.Empty;

    /// <summary>One option of the combined "medicine and form" list: <c>drug|formulation</c>, or <c>drug|</c> for mg only.</summary>
    public sealed record MedicineOption(string Value, string Label);

    public sealed record MedicineGroup(string Label, IReadOnlyList<MedicineOption> Options);

    /// <summary>
    /// Every medicine with each form it comes in, as one select: without JavaScript a second list cannot narrow
    /// itself to the chosen drug, and a single choice can never name a form the drug does not come in.
    /// </summary>
    public static IReadOnlyList<MedicineGroup> MedicineGroups { get; } =
    [
        .. DrugCatalogue.All
            .GroupBy(d => d.Class)
            .Select(g => new MedicineGroup(
                g.Key switch
                {
                    DrugClass.Antidepressant => "Antidepressants",
                    DrugClass.Benzodiazepine => "Benzodiazepines",
                    _ => "Z-drugs",
                },
                [.. g.OrderBy(d => d.DisplayName, StringComparer.Ordinal).SelectMany(d =>
                    new[] { new MedicineOption($"{d.Name}|", d.Formulations.Count == 0 ? $"{d.DisplayName} (mg only)" : $"{d.DisplayName}: any form (mg only)") }
                        .Concat(d.Formulations.Select(f => new MedicineOption($"{d.Name}|{f.Code}", $"{d.DisplayName}: {f.Description}"))))])),
    ];

    public static (string? Drug, string? Formulation) SplitMedicine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var parts = value.Split('|', 2);
        return (parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null);
    }

    public static string JoinMedicine(string drug, string? formulation) =>
        formulation is TaperPlanner.CompoundedLiquid or TaperPlanner.CompoundedCapsules ? $"{drug}|" : $"{drug}|{formulation}";
}
