namespace Lantern.Web.Features.Reminders;

internal static partial class RemindersLog
{
    [LoggerMessage(4600, LogLevel.Debug, "Reminder round: {Planned} newly due, {Sent} sent, {Failed} failed")]
    public static partial void Round(ILogger logger, int planned, int sent, int failed);

    [LoggerMessage(4601, LogLevel.Warning, "Reminder round failed ({ExceptionType}); the next round retries")]
    public static partial void RoundFailed(ILogger logger, string exceptionType, Exception exception);

    [LoggerMessage(4602, LogLevel.Warning, "Reminder {DeliveryId} failed on attempt {Attempt} ({ExceptionType}); its claim expires and it is retried once")]
    public static partial void SendFailed(ILogger logger, Guid deliveryId, int attempt, string exceptionType, Exception exception);

    [LoggerMessage(4603, LogLevel.Information, "Reminder {DeliveryId} sent by {Channels}")]
    public static partial void Sent(ILogger logger, Guid deliveryId, string channels);

    [LoggerMessage(4604, LogLevel.Information, "A kind of reminder was stopped by its link")]
    public static partial void StoppedByLink(ILogger logger);
}
