namespace Lantern.Web.Features.Taper.Export;

/// <summary>
/// Every export of a plan is audited, the patient's own included: a file leaves Lantern's access control the moment
/// it is downloaded, so the trail should say when that happened and who did it.
/// </summary>
public sealed class ExportAudit(AuditLog audit, CurrentPerson person, ILogger<ExportAudit> logger)
{
    public void Record(SavedPlan saved, string format)
    {
        audit.Record(AuditAction.RecordExported, person.RequireId(), saved.Plan.PatientId, nameof(TaperPlan), saved.Plan.Id.ToString(), AuditOutcome.Success);
        TaperLog.PlanExported(logger, saved.Plan.Id, format);
    }

    /// <summary>Names say what the file is and when the plan starts, never the medicine.</summary>
    public static string FileName(SavedPlan saved, string extension) =>
        $"lantern-taper-plan-{LocalTime.Iso(saved.Plan.StartDate)}.{extension}";
}
