namespace Lantern.Web.Platform.Audit;

/// <summary>
/// Writes the request's audit events (<see cref="AuditLog"/>) just before the response starts, so what a reader sees
/// is on the trail first; if that write fails the connection is dropped rather than the data sent unaudited. Events
/// recorded after the response started (none are expected) are written when the request ends.
/// </summary>
public sealed partial class AuditFlushMiddleware(RequestDelegate next, ILogger<AuditFlushMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, AuditLog audit)
    {
        context.Response.OnStarting(async () =>
        {
            try
            {
                await audit.FlushAsync(CancellationToken.None);
            }
            catch (Exception failure)
            {
                AuditWriteFailed(logger, failure.GetType().Name, failure);
                context.Abort();
                throw;
            }
        });
        await next(context);
        await audit.FlushAsync(CancellationToken.None);
    }

    [LoggerMessage(1300, LogLevel.Error, "Audit events could not be written ({ExceptionType}); the response was not sent")]
    private static partial void AuditWriteFailed(ILogger logger, string exceptionType, Exception exception);
}
