namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>Log lines for clinic checklists: ids only, never a clinic name, answer or note.</summary>
internal static partial class ClinicChecklistLog
{
    [LoggerMessage(4200, LogLevel.Information, "Clinic checklist {ChecklistId} created by user {UserId}")]
    public static partial void Created(ILogger logger, Guid checklistId, Guid userId);

    [LoggerMessage(4201, LogLevel.Information, "Clinic checklist {ChecklistId} updated by user {UserId}")]
    public static partial void Updated(ILogger logger, Guid checklistId, Guid userId);

    [LoggerMessage(4202, LogLevel.Information, "Clinic checklist {ChecklistId} deleted by user {UserId}")]
    public static partial void Deleted(ILogger logger, Guid checklistId, Guid userId);
}
