using Lantern.Web.Platform.Options;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Platform.Http;

/// <summary>
/// Refuses API requests that change something (any method but GET, HEAD, OPTIONS and TRACE) when a browser says
/// they come from another site (issue 12): <c>Sec-Fetch-Site</c> other than <c>same-origin</c> or <c>none</c>, or an
/// <c>Origin</c> that is neither this request's own nor <see cref="LanternOptions.PublicBaseUrl"/>. The JSON-only rule
/// (<see cref="JsonOnlyApiMiddleware"/>) already stops cross-site bodies; this also stops body-less POSTs such as
/// sign-out. Requests with neither header (API clients, scripts) are not browsers and pass; pages are covered by
/// antiforgery tokens. The answer is a 403 problem.
/// </summary>
public sealed class CrossSiteApiMiddleware(RequestDelegate next, IOptions<LanternOptions> options)
{
    private readonly string? _publicOrigin = OriginOf(options.Value.PublicBaseUrl);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsApi() && ChangesState(request.Method) && IsCrossSite(request))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: "Changes can only be sent from Lantern's own pages or from an API client, not from another site.").ExecuteAsync(context);
        }

        return next(context);
    }

    private static bool ChangesState(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"];
        if (fetchSite.Count > 0 && !(fetchSite.Count == 1
            && (string.Equals(fetchSite[0], "same-origin", StringComparison.OrdinalIgnoreCase)
                || string.Equals(fetchSite[0], "none", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        var origin = request.Headers[HeaderNames.Origin];
        if (origin.Count == 0)
        {
            return false;
        }

        // "null" (a sandboxed frame, a file), several values or anything unreadable is not this site.
        var given = origin.Count == 1 ? OriginOf(origin[0]) : null;
        return given is null
            || !(string.Equals(given, OriginOf($"{request.Scheme}://{request.Host.Value}"), StringComparison.Ordinal)
                || string.Equals(given, _publicOrigin, StringComparison.Ordinal));
    }

    /// <summary>scheme://host:port in one spelling (lower case, explicit port), or null when it is not an absolute http(s) address.</summary>
    private static string? OriginOf(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant()
            : null;
}
