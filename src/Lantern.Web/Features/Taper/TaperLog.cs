namespace Lantern.Web.Features.Taper;

/// <summary>
/// The taper feature's log lines: ids and outcomes only. Never a dose, a drug name, a journal answer or a note,
/// all of which are health data (design.md §5.6; LoggingCanaryTests).
/// </summary>
internal static partial class TaperLog
{
    [LoggerMessage(6000, LogLevel.Information, "Medication {MedicationId} added by user {UserId}")]
    public static partial void MedicationAdded(ILogger logger, Guid medicationId, Guid userId);

    [LoggerMessage(6001, LogLevel.Information, "Taper plan {PlanId} created by user {UserId}")]
    public static partial void PlanCreated(ILogger logger, Guid planId, Guid userId);

    [LoggerMessage(6002, LogLevel.Information, "Taper plan {PlanId} changed to version {Version}")]
    public static partial void PlanChanged(ILogger logger, Guid planId, int version);

    [LoggerMessage(6003, LogLevel.Information, "Taper plan {PlanId} deleted")]
    public static partial void PlanDeleted(ILogger logger, Guid planId);

    [LoggerMessage(6004, LogLevel.Information, "Event {Sequence} recorded on taper plan {PlanId}")]
    public static partial void EventRecorded(ILogger logger, Guid planId, int sequence);

    [LoggerMessage(6005, LogLevel.Information, "Journal day saved on taper plan {PlanId}")]
    public static partial void JournalSaved(ILogger logger, Guid planId);

    [LoggerMessage(6006, LogLevel.Information, "Taper plan {PlanId} exported as {Format}")]
    public static partial void PlanExported(ILogger logger, Guid planId, string format);

    [LoggerMessage(6007, LogLevel.Warning, "Taper plan {PlanId}: a concurrent change was refused")]
    public static partial void ConcurrentChange(ILogger logger, Guid planId);

    [LoggerMessage(6008, LogLevel.Error, "PDF fonts are missing from {Directory}; install fonts-dejavu-core")]
    public static partial void PdfFontsMissing(ILogger logger, string directory);
}
