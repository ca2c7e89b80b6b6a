using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.Pain;

/// <summary>
/// The opioid log in the export (read under the taper scope, ADR 0007): one MedicationStatement per entry over the days it
/// covers, the dose in the unit the person chose (mg a day, or a patch's mcg an hour, in UCUM), a table of every entry,
/// and its current entries among the summary's medicines.
/// </summary>
public sealed class PainExportSource(LanternDbContext db) : IExportSource
{
    public int Order => 50;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(AccessScope.Taper))
        {
            return;
        }

        var doses = await export.Query(db.Set<OpioidDoseEntry>(), AccessScope.Taper).OrderBy(d => d.StartDate).ToListAsync(ct);
        var table = export.Table("opioid-doses", "id", "opioid", "daily_dose", "unit", "start_date", "end_date", "created_at_utc", "updated_at_utc");
        foreach (var d in doses)
        {
            table.Row(
                ExportCells.Id(d.Id), d.Opioid, ExportCells.Number(d.DailyDose), d.Unit, ExportCells.Day(d.StartDate), ExportCells.Day(d.EndDate),
                ExportCells.Utc(d.CreatedAt), ExportCells.Utc(d.UpdatedAt));
            export.Add(Statement(export, d), d.Id);
        }

        var current = doses.Where(d => d.EndDate is null || d.EndDate >= export.Today).ToList();
        if (current.Count > 0)
        {
            export.Summary(new SummarySection(SummaryOrder.Medicines + 1, "Pain medicines (opioid log)",
                [.. current.Select(d => $"{d.Opioid}: {UnitWords(d)} since {LocalTime.Day(d.StartDate)}.")]));
        }
    }

    private static bool PerHour(OpioidDoseEntry d) => d.Unit == "mcg/h";

    private static string UnitWords(OpioidDoseEntry d) =>
        $"{ExportCells.Number(d.DailyDose)} {(PerHour(d) ? "micrograms an hour" : "mg a day")}";

    private static R4.MedicationStatement Statement(ExportContext export, OpioidDoseEntry d) => new()
    {
        Status = d.EndDate is { } end && end < export.Today
            ? R4.MedicationStatement.MedicationStatusCodes.Completed
            : R4.MedicationStatement.MedicationStatusCodes.Active,
        Medication = ExportFhir.Text(d.Opioid),
        Subject = export.PatientReference,
        Effective = ExportFhir.Period(d.StartDate, d.EndDate),
        DateAssertedElement = ExportFhir.DateTime(d.UpdatedAt),
        InformationSource = export.PatientReference,
        Dosage = [new R4.Dosage
        {
            Text = UnitWords(d),
            DoseAndRate = PerHour(d)
                ? [new R4.Dosage.DoseAndRateComponent { Rate = ExportFhir.Quantity(d.DailyDose, "mcg/h", "ug/h") }]
                : [new R4.Dosage.DoseAndRateComponent { Dose = ExportFhir.Quantity(d.DailyDose, "mg", "mg") }],
        }],
    };
}
