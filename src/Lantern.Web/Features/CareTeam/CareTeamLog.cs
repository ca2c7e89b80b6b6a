namespace Lantern.Web.Features.CareTeam;

internal static partial class CareTeamLog
{
    [LoggerMessage(4300, LogLevel.Information, "Care team told about alert {AlertId}")]
    public static partial void AlertNotified(ILogger logger, Guid alertId);

    [LoggerMessage(4301, LogLevel.Warning, "Alert notification round failed ({ExceptionType}); it will be retried")]
    public static partial void NotificationRoundFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(4302, LogLevel.Debug, "Alert notification round handled {Handled} alert(s)")]
    public static partial void NotificationRound(ILogger logger, int handled);
}
