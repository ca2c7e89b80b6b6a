using Lantern.Clinical.Safety;
using Lantern.Web.Platform.Export;
using R4 = Hl7.Fhir.Model;

namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Alerts in the export: every alert as a row and as a FHIR Flag (active while open, inactive once acknowledged; the flag
/// named in words), and the open ones in the clinician summary, in the words they were raised with.
/// </summary>
public sealed class AlertsExportSource(LanternDbContext db) : IExportSource
{
    public int Order => 60;

    public async Task ContributeAsync(ExportContext export, CancellationToken ct)
    {
        if (!export.CanRead(AccessScope.Alerts))
        {
            return;
        }

        var alerts = await export.Query(db.Set<Alert>(), AccessScope.Alerts).OrderBy(a => a.RaisedAt).ToListAsync(ct);
        var table = export.Table("alerts", "id", "flag", "level", "origin", "origin_id", "raised_at_utc", "acknowledged_at_utc", "acknowledged_by");
        foreach (var a in alerts)
        {
            table.Row(
                ExportCells.Id(a.Id), a.FlagCode, a.Level, AlertResponse.ToCode(a.Origin), ExportCells.Id(a.OriginId), ExportCells.Utc(a.RaisedAt),
                ExportCells.Utc(a.AcknowledgedAt), ExportCells.Id(a.AcknowledgedBy));
            export.Add(new R4.Flag
            {
                Status = a.AcknowledgedAt is null ? R4.Flag.FlagStatus.Active : R4.Flag.FlagStatus.Inactive,
                Code = ExportFhir.Text(RedFlags.ForCode(a.FlagCode)?.Title ?? "Alert"),
                Subject = export.PatientReference,
                Period = ExportFhir.Period(a.RaisedAt, a.AcknowledgedAt),
            }, a.Id);
        }

        var open = alerts.Where(a => a.AcknowledgedAt is null).ToList();
        export.Summary(new SummarySection(SummaryOrder.Alerts, "Open alerts",
            open.Count == 0 ? ["No open alerts."]
                : [.. open.Select(a => $"{LocalTime.ShortDay(a.RaisedAt, export.Patient.TimeZone)}: {RedFlags.ForCode(a.FlagCode)?.Title ?? "An alert"}.")]));
    }
}
