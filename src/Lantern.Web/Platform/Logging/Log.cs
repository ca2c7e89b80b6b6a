namespace Lantern.Web.Platform;

/// <summary>
/// Every log line Lantern writes, source-generated. Templates take ids and outcomes only: never
/// e-mail addresses, names, passwords, answers, doses or free text (a test checks with canaries).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "E-mail handed to {Channel}")]
    public static partial void EmailSent(ILogger logger, string channel);

    [LoggerMessage(1001, LogLevel.Information, "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, Guid userId);

    [LoggerMessage(1002, LogLevel.Information, "Sign-in refused ({Reason})")]
    public static partial void SignInRefused(ILogger logger, string reason);

    [LoggerMessage(1003, LogLevel.Warning, "User {UserId} locked out after repeated failures")]
    public static partial void LockedOut(ILogger logger, Guid userId);

    [LoggerMessage(1004, LogLevel.Information, "Account {UserId} created")]
    public static partial void AccountCreated(ILogger logger, Guid userId);

    [LoggerMessage(1005, LogLevel.Information, "Sessions ended for user {UserId} ({Reason})")]
    public static partial void SessionsEnded(ILogger logger, Guid userId, string reason);

    [LoggerMessage(1006, LogLevel.Warning, "Request rejected by rate limit on {Path}")]
    public static partial void RateLimited(ILogger logger, string path);

    [LoggerMessage(1100, LogLevel.Information, "Database {Provider} ready; durability {Settings}")]
    public static partial void DatabaseReady(ILogger logger, string provider, string settings);

    [LoggerMessage(1101, LogLevel.Warning, "Database durability is unsafe: {Problems}")]
    public static partial void DatabaseUnsafe(ILogger logger, string problems);

    [LoggerMessage(1102, LogLevel.Information, "Demo data seeded")]
    public static partial void DemoSeeded(ILogger logger);

    [LoggerMessage(1200, LogLevel.Error, "Unhandled exception of type {ExceptionType} on {Method} {Path}")]
    public static partial void Unhandled(ILogger logger, string exceptionType, string method, string path, Exception exception);
}
