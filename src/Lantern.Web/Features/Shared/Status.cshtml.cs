using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Features.Shared;

/// <summary>Friendly pages for 4xx/5xx status codes on page requests (the API answers with problem details).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "Please go back and try again.";

    /// <summary>Shown for server errors so people can quote it; it holds no personal data.</summary>
    public string? TraceId { get; private set; }

    public void OnGet() => Describe(Code, wasWrite: false);

    /// <summary>The error page shown for a failed form post (the status page re-runs with the original method).</summary>
    public void OnPost() => Describe(Code, wasWrite: true);

    /// <summary>
    /// The status code from the address, read directly rather than model-bound: when the original form could not be
    /// read (a NUL in it, say), model binding does not run at all, and that is when this page is needed.
    /// </summary>
    private int Code => int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None,
        System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : StatusCodes.Status500InternalServerError;

    private void Describe(int code, bool wasWrite)
    {
        TraceId = code >= 500 ? System.Diagnostics.Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier : null;
        (Title, Message) = code switch
        {
            404 => ("We could not find that page", "The link may be old, or the page may not be available to you."),
            400 => ("We could not read that request", "Please go back, check what you entered and try again. Anything already saved is safe."),
            403 => ("That page is not available to you", "If you think you should see it, sign in with the right account."),
            429 => ("Please wait a moment", "There were too many attempts. Wait a few minutes and try again."),
            // A failed save may not have been stored, so never promise it was; what was saved before is safe.
            _ when wasWrite => ("Something went wrong", "What you just sent may not have been saved. Please go back, check and try again. Anything saved earlier is safe."),
            _ => ("Something went wrong", "Please go back and try again. Anything already saved is safe."),
        };
    }
}
