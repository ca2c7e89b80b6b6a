namespace Lantern.Web.Features.Alerts;

/// <summary>
/// Log lines of the alerts. Ids and counts only: never scores, answers, notes, tags or which warning sign was reported,
/// because any of those would put health data in the logs.
/// </summary>
internal static partial class AlertsLog
{
    [LoggerMessage(4003, LogLevel.Information, "{Count} alert(s) raised for patient {PatientId}")]
    public static partial void AlertsRaised(ILogger logger, int count, Guid patientId);

    [LoggerMessage(4004, LogLevel.Information, "Alert {AlertId} acknowledged")]
    public static partial void AlertAcknowledged(ILogger logger, Guid alertId);
}
