namespace Lantern.Web.Platform.Http;

/// <summary>
/// Refuses declared bodies over the limit with 413 before anything reads them. Kestrel enforces the
/// same limit (MaxRequestBodySize) on streamed bodies; this also covers hosts without Kestrel's limit.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > PlatformSetup.MaxRequestBodyBytes)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request too large",
                detail: $"The request body must be at most {PlatformSetup.MaxRequestBodyBytes / 1024} KB.").ExecuteAsync(context);
        }

        return next(context);
    }
}
