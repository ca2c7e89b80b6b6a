namespace Lantern.Web.Features.Sessions;

/// <summary>
/// The sessions feature's log lines: ids, states and counts only. Never a dose, a reading, a check's answers, a
/// side effect, a name or phone number, or any journal words (design.md §5.6; SessionsLoggingTests).
/// </summary>
internal static partial class SessionsLog
{
    [LoggerMessage(5500, LogLevel.Information, "Ketamine course {CourseId} created with {SessionCount} session(s)")]
    public static partial void CourseCreated(ILogger logger, Guid courseId, int sessionCount);

    [LoggerMessage(5501, LogLevel.Information, "Ketamine course {CourseId} changed")]
    public static partial void CourseChanged(ILogger logger, Guid courseId);

    [LoggerMessage(5502, LogLevel.Information, "Ketamine course {CourseId} deleted")]
    public static partial void CourseDeleted(ILogger logger, Guid courseId);

    [LoggerMessage(5503, LogLevel.Information, "Session {SessionId} added to course {CourseId}")]
    public static partial void SessionAdded(ILogger logger, Guid sessionId, Guid courseId);

    [LoggerMessage(5504, LogLevel.Information, "Session {SessionId} is now {State}")]
    public static partial void SessionStateChanged(ILogger logger, Guid sessionId, string state);

    [LoggerMessage(5505, LogLevel.Information, "Session {SessionId}: start refused ({Reason})")]
    public static partial void StartRefused(ILogger logger, Guid sessionId, string reason);

    [LoggerMessage(5506, LogLevel.Information, "Session {SessionId}: reading {VitalId} saved")]
    public static partial void VitalSaved(ILogger logger, Guid sessionId, Guid vitalId);

    [LoggerMessage(5507, LogLevel.Information, "Session {SessionId}: check {CheckId} saved by {Who}")]
    public static partial void CheckSaved(ILogger logger, Guid sessionId, Guid checkId, string who);

    [LoggerMessage(5508, LogLevel.Information, "Session {SessionId}: side effects saved")]
    public static partial void SideEffectsSaved(ILogger logger, Guid sessionId);

    [LoggerMessage(5509, LogLevel.Information, "Session {SessionId}: journal saved")]
    public static partial void JournalSaved(ILogger logger, Guid sessionId);

    [LoggerMessage(5510, LogLevel.Information, "Ketamine course {CourseId} exported as {Format}")]
    public static partial void CourseExported(ILogger logger, Guid courseId, string format);

    [LoggerMessage(5511, LogLevel.Information, "Session {SessionId}: preparation saved")]
    public static partial void PreparationSaved(ILogger logger, Guid sessionId);
}
