using Lantern.Web.Platform.Http;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// The private calendar feed's address, <c>/calendar/{secret}.ics</c>. Calendar apps fetch it without signing in, so
/// the secret is the only key: it is rate-limited like sign-in, and an unknown, replaced or turned-off secret gets the
/// same 404 as a malformed one, saying nothing about why.
/// </summary>
public static class CalendarFeedEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{feedToken}.ics", async (string feedToken, WriteCalendarFeedHandler feed, HttpContext http, CancellationToken ct) =>
            {
                var text = CalendarFeedSecret.IsWellFormed(feedToken) ? await feed.HandleAsync(feedToken, ct) : null;
                if (text is null)
                {
                    return Results.NotFound();
                }

                // The person's own dates: never kept by a shared cache or the browser's.
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.Text(text, "text/calendar; charset=utf-8");
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .ExcludeFromDescription();
        return app;
    }
}
