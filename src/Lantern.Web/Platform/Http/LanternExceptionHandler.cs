using System.Text.Json;
using Lantern.Clinical.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Lantern.Web.Platform.Http;

/// <summary>
/// The one place exceptions become responses. API requests get RFC 9457 problem details (never a
/// stack trace); page requests fall through to the friendly error page.
/// </summary>
public sealed partial class LanternExceptionHandler(IProblemDetailsService problemDetails, ILogger<LanternExceptionHandler> logger) : IExceptionHandler
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
            exception = FieldErrors.From(clinical);
        }

        var (status, title, detail) = exception switch
        {
            RecordNotFoundException => (StatusCodes.Status404NotFound, "Not Found", (string?)null),
            PatientOnlyException => (StatusCodes.Status403Forbidden, "Only the person in treatment keeps these records",
                "Check-ins, questionnaires, plans and session records are kept by the person in treatment. Caregiver and therapist accounts see what a patient shares with them."),
            UnauthorizedAccessException => (StatusCodes.Status401Unauthorized, "Unauthorized", null),
            ValidationFailedException => (StatusCodes.Status400BadRequest, "One or more fields are not valid.", null),
            ConflictException conflict => (StatusCodes.Status409Conflict, conflict.Title, conflict.Message),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", BadRequestDetail(bad)),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side.", ServerErrorDetail(httpContext.Request.Method)),
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
                new HttpValidationProblemDetails(validation.ApiErrors.ToDictionary(kv => kv.Key, kv => kv.Value)) { Title = title, Status = status },
            ConflictException conflict => Conflict(conflict, status, title, detail),
            // A value of the wrong type ("mood": "high"): name the field from the JSON path, like any other invalid field.
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest, InnerException: JsonException { Path: { Length: > 2 } path } } =>
                NotInExpectedFormat(path[2..], status, detail),
            // A query or route value that does not bind ("from=yesterday"): name the parameter the same way.
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad when ParameterOf(bad) is { } parameter =>
                NotInExpectedFormat(parameter, status, "Check the query string and the address."),
            _ => new ProblemDetails { Status = status, Title = title, Detail = detail },
        };
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>A 409 that says why, with the conflict's stable reason and any extra members it carries.</summary>
    private static ProblemDetails Conflict(ConflictException conflict, int status, string title, string? detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (conflict.Reason is { } reason)
        {
            problem.Extensions["reason"] = reason;
        }

        foreach (var (name, value) in conflict.Extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    /// <summary>
    /// The 500 answer must not promise what it cannot know: a read lost nothing, but a write that failed may not have
    /// been saved, so the person is told to check before sending it again.
    /// </summary>
    internal static string ServerErrorDetail(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            ? "Please try again; if it keeps happening, tell us the trace id."
            : "What you just sent may not have been saved. Check before sending it again; if it keeps happening, tell us the trace id.";

    private static HttpValidationProblemDetails NotInExpectedFormat(string field, int status, string? detail) =>
        new(new Dictionary<string, string[]> { [field] = ["This value is not in the expected format."] })
        {
            Title = "One or more fields are not valid.",
            Status = status,
            Detail = detail,
        };

    /// <summary>
    /// The parameter a minimal-API binding failure names (<c>Failed to bind parameter "DateOnly? From" from "x".</c>,
    /// <c>Required parameter "string Code" was not provided ...</c>), in the API's camelCase; null for other failures.
    /// </summary>
    internal static string? ParameterOf(BadHttpRequestException bad)
    {
        var match = BindingFailure().Match(bad.Message);
        return match.Success ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?:Failed to bind parameter|Required parameter) \"[^\"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)\" (?:from|was not provided)")]
    private static partial System.Text.RegularExpressions.Regex BindingFailure();

    private static string BadRequestDetail(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => "Check that the body is valid JSON with the expected fields and types.",
    };
}
