using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// Daily check-ins in the export: one survey Observation per day (mood, anxiety, sleep, energy and pain as components
/// with words-only codes, since no verified code names Lantern's 0-10 scales), the check-ins and tags tables, and the
/// mood over the last 90 days for the clinician summary. Notes and tags are words the person typed, so they reach only
/// the person or someone they share their journal with.
/// </summary>
public sealed class CheckInsExportSource(LanternDbContext db) : IExportSource
{
    public static readonly string[] Header =
        ["id", "date", "mood", "anxiety", "sleep_hours", "energy", "pain", "tags", "warning_signs", "note", "late", "recorded_on", "recorded_at_utc", "updated_at_utc"];

    public int Order => 10;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(AccessScope.Mood))
        {
            return;
        }

        var words = export.CanReadFreeText;
        var checkIns = await export.Query(db.Set<CheckIn>(), AccessScope.Mood).OrderBy(c => c.Day).ToListAsync(ct);
        var table = export.Table("check-ins", Header);
        foreach (var c in checkIns)
        {
            table.Row(
                ExportCells.Id(c.Id), ExportCells.Day(c.Day), ExportCells.Number(c.Mood), ExportCells.Number(c.Anxiety),
                ExportCells.Number(c.SleepHours), ExportCells.Number(c.Energy), ExportCells.Number(c.Pain),
                words ? c.Tags : null, c.WarningSigns, words ? c.Note : null, ExportCells.YesNo(c.IsLate),
                ExportCells.Day(c.RecordedOn), ExportCells.Utc(c.RecordedAt), ExportCells.Utc(c.UpdatedAt));
            export.Add(Observation(export, c, words), c.Id);
        }

        if (words)
        {
            var tags = export.Table("check-in-tags", "id", "name", "created_at_utc");
            foreach (var tag in await export.Query(db.Set<CheckInTag>(), AccessScope.Mood).OrderBy(t => t.Name).ToListAsync(ct))
            {
                tags.Row(ExportCells.Id(tag.Id), tag.Name, ExportCells.Utc(tag.CreatedAt));
            }
        }

        var since = export.Today.AddDays(-90);
        var recent = checkIns.Where(c => c.Day > since).ToList();
        export.Summary(new SummarySection(
            SummaryOrder.CheckIns,
            "Daily check-ins",
            recent.Count == 0
                ? ["No check-ins in the last 90 days."]
                : [
                    $"{recent.Count} check-ins in the last 90 days; the latest on {LocalTime.Day(recent[^1].Day)}.",
                    $"Mood on a scale from {CheckInInput.ScaleMin} (lowest) to {CheckInInput.ScaleMax} (best): on average "
                        + $"{recent.Average(c => c.Mood).ToString("0.#", CultureInfo.InvariantCulture)}; anxiety on average "
                        + $"{recent.Average(c => c.Anxiety).ToString("0.#", CultureInfo.InvariantCulture)} (higher is more anxious).",
                ],
            recent.Count < 2
                ? []
                : [new SummaryChart("Mood, last 90 days", CheckInInput.ScaleMin, CheckInInput.ScaleMax,
                    [.. recent.Select(c => new SummaryPoint(c.Day, c.Mood))])]));
    }

    private static R4.Observation Observation(ExportContext export, CheckIn c, bool words)
    {
        var observation = new R4.Observation
        {
            Status = R4.ObservationStatus.Final,
            Category = [ExportFhir.Category("survey", "Survey")],
            Code = ExportFhir.Text("Daily check-in"),
            Subject = export.PatientReference,
            Effective = ExportFhir.DateTime(c.Day),
            Issued = c.RecordedAt.ToUniversalTime(),
            Component =
            [
                ExportFhir.Component($"Mood ({CheckInInput.ScaleMin}-{CheckInInput.ScaleMax}, higher is better)", new R4.Integer(c.Mood)),
                ExportFhir.Component($"Anxiety ({CheckInInput.ScaleMin}-{CheckInInput.ScaleMax}, higher is more anxious)", new R4.Integer(c.Anxiety)),
            ],
        };
        if (c.SleepHours is { } sleep)
        {
            observation.Component.Add(ExportFhir.Component("Sleep", ExportFhir.Quantity(sleep, "hours", "h")));
        }

        if (c.Energy is { } energy)
        {
            observation.Component.Add(ExportFhir.Component($"Energy ({CheckInInput.ScaleMin}-{CheckInInput.ScaleMax}, higher is better)", new R4.Integer(energy)));
        }

        if (c.Pain is { } pain)
        {
            observation.Component.Add(ExportFhir.Component($"Pain ({CheckInInput.ScaleMin}-{CheckInInput.ScaleMax}, higher is worse)", new R4.Integer(pain)));
        }

        if (c.WarningSigns.Length > 0)
        {
            observation.Component.Add(ExportFhir.Component("Warning signs reported", new R4.FhirString(c.WarningSigns)));
        }

        if (words && !string.IsNullOrEmpty(c.Note))
        {
            observation.Note.Add(ExportFhir.Note(c.Note));
        }

        return observation;
    }
}
