namespace Lantern.Web.Features.Journey;

/// <summary>
/// Log lines of the patient-journey features. Ids and counts only: never scores, answers, notes, tags or which
/// warning sign was reported, because any of those would put health data in the logs.
/// </summary>
internal static partial class JourneyLog
{
    [LoggerMessage(4000, LogLevel.Information, "Check-in {CheckInId} saved")]
    public static partial void CheckInSaved(ILogger logger, Guid checkInId);

    [LoggerMessage(4001, LogLevel.Information, "Check-in {CheckInId} deleted")]
    public static partial void CheckInDeleted(ILogger logger, Guid checkInId);

    [LoggerMessage(4002, LogLevel.Information, "Questionnaire response {ResponseId} saved")]
    public static partial void QuestionnaireSaved(ILogger logger, Guid responseId);

    [LoggerMessage(4003, LogLevel.Information, "{Count} alert(s) raised for patient {PatientId}")]
    public static partial void AlertsRaised(ILogger logger, int count, Guid patientId);

    [LoggerMessage(4004, LogLevel.Information, "Alert {AlertId} acknowledged")]
    public static partial void AlertAcknowledged(ILogger logger, Guid alertId);

    [LoggerMessage(4005, LogLevel.Information, "Suitability screening {ScreeningId} saved")]
    public static partial void ScreeningSaved(ILogger logger, Guid screeningId);

    [LoggerMessage(4006, LogLevel.Information, "Patient {PatientId} exported {Kind} as CSV")]
    public static partial void Exported(ILogger logger, Guid patientId, string kind);

    [LoggerMessage(4007, LogLevel.Information, "Demo journey seeded for {PatientId}")]
    public static partial void DemoJourneySeeded(ILogger logger, Guid patientId);
}
