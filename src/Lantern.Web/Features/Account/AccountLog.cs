namespace Lantern.Web.Features.Account;

internal static partial class AccountLog
{
    [LoggerMessage(1010, LogLevel.Warning, "Password-reset queue full; a request was dropped")]
    public static partial void ResetQueueFull(ILogger logger);

    [LoggerMessage(1011, LogLevel.Warning, "Password-reset e-mail not sent ({ExceptionType})")]
    public static partial void ResetMailFailed(ILogger logger, string exceptionType);

    [LoggerMessage(1012, LogLevel.Information, "Account deletion round: {Deleted} accounts deleted")]
    public static partial void DeletionRound(ILogger logger, int deleted);

    [LoggerMessage(1013, LogLevel.Error, "Account deletion round failed ({ExceptionType}); the claim expires and another round retries")]
    public static partial void DeletionRoundFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(1014, LogLevel.Warning, "An e-mail after an account deletion was not sent ({ExceptionType})")]
    public static partial void DeletionMailFailed(ILogger logger, string exceptionType);

    [LoggerMessage(1015, LogLevel.Warning, "An outbox file could not be read or removed during an account deletion ({ExceptionType})")]
    public static partial void DeletionOutboxFileSkipped(ILogger logger, string exceptionType);
}
