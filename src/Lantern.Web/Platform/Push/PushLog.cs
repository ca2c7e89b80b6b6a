using System.Net;

namespace Lantern.Web.Platform.Push;

/// <summary>Web Push log lines: ids and status codes only, never an endpoint (a device's address) or what was sent.</summary>
internal static partial class PushLog
{
    [LoggerMessage(1400, LogLevel.Information, "VAPID key pair made and stored")]
    public static partial void VapidKeysMade(ILogger logger);

    [LoggerMessage(1401, LogLevel.Information, "Push sent to {Accepted} of {Devices} devices of user {UserId}")]
    public static partial void Sent(ILogger logger, int accepted, int devices, Guid userId);

    [LoggerMessage(1402, LogLevel.Information, "Push subscription {SubscriptionId} is gone ({StatusCode}); forgotten")]
    public static partial void SubscriptionGone(ILogger logger, Guid subscriptionId, int statusCode);

    [LoggerMessage(1403, LogLevel.Warning, "Push service refused subscription {SubscriptionId} ({StatusCode})")]
    public static partial void Refused(ILogger logger, Guid subscriptionId, HttpStatusCode statusCode);

    [LoggerMessage(1404, LogLevel.Warning, "Push to subscription {SubscriptionId} failed ({ExceptionType})")]
    public static partial void Failed(ILogger logger, Guid subscriptionId, string exceptionType);

    [LoggerMessage(1405, LogLevel.Warning, "Push subscription {SubscriptionId} skipped: its endpoint is not allowed")]
    public static partial void EndpointNotAllowed(ILogger logger, Guid subscriptionId);
}
