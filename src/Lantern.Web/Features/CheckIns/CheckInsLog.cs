namespace Lantern.Web.Features.CheckIns;

/// <summary>
/// Log lines of the check-ins. Ids and counts only: never scores, answers, notes, tags or which warning sign was reported,
/// because any of those would put health data in the logs.
/// </summary>
internal static partial class CheckInsLog
{
    [LoggerMessage(4000, LogLevel.Information, "Check-in {CheckInId} saved")]
    public static partial void CheckInSaved(ILogger logger, Guid checkInId);

    [LoggerMessage(4001, LogLevel.Information, "Check-in {CheckInId} deleted")]
    public static partial void CheckInDeleted(ILogger logger, Guid checkInId);
}
