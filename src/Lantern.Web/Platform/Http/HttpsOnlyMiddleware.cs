using System.Text.Encodings.Web;
using Lantern.Clinical.Safety;

namespace Lantern.Web.Platform.Http;

/// <summary>
/// In Production Lantern talks to people only over HTTPS: its session and antiforgery cookies are Secure and
/// <c>__Host-</c> prefixed, so a page opened over plain HTTP could not sign anyone in and a form post would fail
/// deep inside antiforgery with a 500. A plain-HTTP request gets a clear 400 pointing at the https:// address
/// instead. Health probes are exempt because load balancers send them over plain HTTP. Behind a TLS-terminating
/// proxy, <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> makes the proxied request count as HTTPS (README).
/// </summary>
public sealed class HttpsOnlyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health"))
        {
            return next(context);
        }

        if (request.IsApi())
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "HTTPS required",
                detail: "Lantern's API is served only over https://.").ExecuteAsync(context);
        }

        // The standard port: a deployment that serves HTTPS elsewhere sets it up at its proxy, not here.
        var secureAddress = "https://" + request.Host.Host + request.PathBase + request.Path + request.QueryString;
        var link = HtmlEncoder.Default.Encode(secureAddress);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Please use the secure address</title></head>"
            + "<body><main><h1>Please use the secure address</h1>"
            + $"<p>Lantern only works over a secure connection. Open <a href=\"{link}\">{link}</a> instead.</p>"
            + "<h2>If you need help now</h2><ul>" + CrisisLines + "</ul></main></body></html>");
    }

    /// <summary>The crisis page cannot be reached over plain HTTP either, so its numbers come with this answer.</summary>
    private static readonly string CrisisLines = string.Concat(CrisisDirectory.Countries.Select(country =>
    {
        var line = country.Contacts.FirstOrDefault(c => !c.IsEmergencyNumber);
        var text = country.CountryName + ": emergency " + country.Emergency?.Display
            + (line is null ? string.Empty : "; " + line.Name + " " + line.Display);
        return "<li>" + HtmlEncoder.Default.Encode(text) + "</li>";
    }));
}
