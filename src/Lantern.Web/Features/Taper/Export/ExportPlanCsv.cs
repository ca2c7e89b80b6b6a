using System.Text;
using Lantern.Clinical.Tapering;

namespace Lantern.Web.Features.Taper.Export;

/// <summary>The schedule as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read ½ and ¼ correctly).</summary>
public sealed class ExportPlanCsvHandler(SavedPlanReader reader, ExportAudit audit)
{
    public static readonly string[] Header =
    [
        "step", "date", "kind", "dose_mg", "dose_display", "what_to_take", "reduction_percent", "occupancy_percent",
        "occupancy_parameter_status", "needs_liquid_or_compounded_strength", "go_ahead_only_if_symptoms_tolerable", "hold_suggested",
        "form", "needs_finer_measuring",
    ];

    public async Task<PlanExport> HandleAsync(Guid id, CancellationToken ct)
    {
        var saved = await reader.ReadAsync(id, ct);
        audit.Record(saved, "csv");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(saved.Schedule))).ToArray();
        return new PlanExport(ExportAudit.FileName(saved, "csv"), "text/csv; charset=utf-8", bytes);
    }

    public static string Write(TaperSchedule schedule)
    {
        var csv = new StringBuilder();
        Line(csv, Header);
        foreach (var step in schedule.Steps)
        {
            Line(csv,
            [
                step.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                LocalTime.Iso(step.Date),
                step.KindCode,
                TaperText.Mg(step.DoseMg),
                step.DoseDisplay,
                TaperText.WhatToTake(schedule, step),
                TaperText.Percent(step.ReductionPercent),
                step.OccupancyPercent is { } occupancy ? TaperText.Percent(occupancy) : string.Empty,
                step.OccupancyPercent is null ? string.Empty : schedule.OccupancyStatusCode ?? string.Empty,
                step.NeedsFinerFormulation ? "yes" : "no",
                step.GoAheadOnlyIfSymptomsTolerable ? "yes" : "no",
                step.HoldSuggested ? "yes" : "no",
                step.MeasuredIn?.Description ?? string.Empty,
                step.NeedsFinerMeasuring ? "yes" : "no",
            ]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> fields)
    {
        csv.Append(string.Join(',', fields.Select(Field)));
        csv.Append("\r\n");
    }

    /// <summary>Quotes when needed, and defuses text a spreadsheet would run as a formula (OWASP CSV injection).</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+@\t\r".Contains(value[0], StringComparison.Ordinal)
            || (value.StartsWith('-') && !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
