using System.Text.Json;
using Lantern.Clinical.Validation;
using Lantern.Web.Platform.Access;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Platform.Http;

/// <summary>
/// The one place exceptions become responses. API requests get RFC 9457 problem details (never a
/// stack trace); page requests fall through to the friendly error page.
/// </summary>
public sealed class LanternExceptionHandler(IProblemDetailsService problemDetails, ILogger<LanternExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is TooManyAttemptsException tooMany)
        {
            await RateLimitPolicies.WriteTooManyRequestsAsync(httpContext, tooMany.RetryAfter);
            return true;
        }

        if (exception is ClinicalInputException clinical)
        {
            exception = FromClinical(clinical);
        }

        var (status, title, detail) = exception switch
        {
            RecordNotFoundException => (StatusCodes.Status404NotFound, "Not Found", (string?)null),
            PatientOnlyException => (StatusCodes.Status403Forbidden, "Only the person in treatment keeps these records",
                "Check-ins, questionnaires, plans and session records are kept by the person in treatment. Caregiver and therapist accounts see what a patient shares with them."),
            UnauthorizedAccessException => (StatusCodes.Status401Unauthorized, "Unauthorized", null),
            ValidationFailedException => (StatusCodes.Status400BadRequest, "One or more fields are not valid.", null),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", BadRequestDetail(bad)),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side.",
                "Nothing you entered was lost. Please try again; if it keeps happening, tell us the trace id."),
        };

        if (status >= 500)
        {
            Log.Unhandled(logger, exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path, exception);
        }

        httpContext.Response.StatusCode = status;
        if (!httpContext.Request.IsApi())
        {
            // Pages: an empty response with the status; the status-code page middleware renders the friendly page.
            return true;
        }

        ProblemDetails problem = exception switch
        {
            ValidationFailedException validation =>
                new HttpValidationProblemDetails(validation.Errors.ToDictionary(kv => kv.Key, kv => kv.Value)) { Title = title, Status = status },
            // A value of the wrong type ("mood": "high"): name the field from the JSON path, like any other invalid field.
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest, InnerException: JsonException { Path: { Length: > 2 } path } } =>
                new HttpValidationProblemDetails(new Dictionary<string, string[]> { [path[2..]] = ["This value is not in the expected format."] })
                {
                    Title = "One or more fields are not valid.",
                    Status = status,
                    Detail = detail,
                },
            _ => new ProblemDetails { Status = status, Title = title, Detail = detail },
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// Lantern.Clinical reports bad input with JSON-style field names (<c>answers[3]</c>); unknown names come
    /// with every accepted name, which the message lists so the caller can correct the request.
    /// </summary>
    internal static ValidationFailedException FromClinical(ClinicalInputException clinical) =>
        new(clinical.Errors
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Accepted is { Count: > 0 }
                ? $"{e.Message} Accepted: {string.Join(", ", e.Accepted)}."
                : e.Message).ToArray()));

    private static string BadRequestDetail(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => "Check that the body is valid JSON with the expected fields and types.",
    };
}
