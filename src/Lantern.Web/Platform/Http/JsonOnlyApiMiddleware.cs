using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Platform.Http;

/// <summary>
/// The JSON API accepts request bodies only as application/json (security.md §4.3): a cross-site form
/// cannot send JSON without a CORS preflight, which Lantern never grants. Anything else gets 415.
/// </summary>
public sealed class JsonOnlyApiMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsApi() && HasBody(request) && !IsJson(request.ContentType))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the body as application/json.").ExecuteAsync(context);
        }

        return next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0
        || request.Headers.ContainsKey(HeaderNames.TransferEncoding)
        || (request.ContentType is not null && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method));

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.Suffix.HasValue && media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));
}
