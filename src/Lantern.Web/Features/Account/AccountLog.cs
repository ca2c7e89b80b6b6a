namespace Lantern.Web.Features.Account;

internal static partial class AccountLog
{
    [LoggerMessage(1010, LogLevel.Warning, "Password-reset queue full; a request was dropped")]
    public static partial void ResetQueueFull(ILogger logger);

    [LoggerMessage(1011, LogLevel.Warning, "Password-reset e-mail not sent ({ExceptionType})")]
    public static partial void ResetMailFailed(ILogger logger, string exceptionType);
}
