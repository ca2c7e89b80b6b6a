using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Lantern.Web.Platform.OpenApi;

/// <summary>
/// Documents the errors each operation can answer, all as RFC 9457 problem details (<c>application/problem+json</c>).
/// Most follow from what the platform does with every endpoint, so they are worked out here rather than written on
/// each route: 401 when it needs a sign-in, 403 on every change (refused from another site, or because a caregiver or
/// therapist may not write a patient's own records), 404 when it names a record (an id in the path, or a patient), 400 when
/// it reads a body or a query, 413 and 415 for a body that is too large or not JSON, 429 when it is rate limited.
/// What only a feature knows (409 on a lost race or a refused state change, 503 when the PDF cannot be made) the
/// feature declares on its route with <c>ProducesProblem</c>; this adds the problem body to those too.
/// </summary>
public static class ErrorResponses
{
    public const string ProblemSchemaId = "ProblemDetails";
    public const string ProblemMediaType = "application/problem+json";

    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "The request could not be read, or a field is not valid: `errors` names each field.",
        [401] = "Not signed in, or the session has ended.",
        [403] = "This change is refused: it came from another site, or this account may not make it (for example, only the person in treatment keeps their own records).",
        [404] = "No such record, or not one the caller may see: both answer the same.",
        [409] = "The change conflicts with the record's current state; `detail` says why.",
        [413] = "The request body is larger than 1 MB.",
        [415] = "The request body is not application/json.",
        [429] = "Too many attempts: wait for the time in Retry-After.",
        [503] = "This export is not available right now.",
    };

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Responses ??= new OpenApiResponses();
        foreach (var status in StatusesFor(context.Description))
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = new OpenApiResponse();
            }
        }

        foreach (var (key, response) in operation.Responses.ToArray())
        {
            if (int.TryParse(key, out var status) && status >= 400)
            {
                operation.Responses[key] = new OpenApiResponse
                {
                    Description = Descriptions.GetValueOrDefault(status, response.Description ?? "Error"),
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ProblemMediaType] = new() { Schema = new OpenApiSchemaReference(ProblemSchemaId, context.Document) },
                    },
                };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The error statuses the platform gives this operation, before anything the feature declared itself.</summary>
    public static IReadOnlyCollection<int> StatusesFor(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var parameters = description.ParameterDescriptions;
        var statuses = new SortedSet<int>();
        var hasBody = parameters.Any(p => p.Source == BindingSource.Body);
        if (hasBody || parameters.Any(p => p.Source == BindingSource.Query))
        {
            statuses.Add(StatusCodes.Status400BadRequest);
        }

        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            statuses.Add(StatusCodes.Status401Unauthorized);
        }

        // Any change may be refused: from another site (CrossSiteApiMiddleware, signed in or not), or because the
        // signed-in account may not keep that record.
        if (!HttpMethods.IsGet(description.HttpMethod ?? "GET") && !HttpMethods.IsHead(description.HttpMethod ?? "GET"))
        {
            statuses.Add(StatusCodes.Status403Forbidden);
        }

        if (parameters.Any(p => p.Source == BindingSource.Path
                || (p.Source == BindingSource.Query && p.Name.Equals("patientId", StringComparison.OrdinalIgnoreCase))))
        {
            statuses.Add(StatusCodes.Status404NotFound);
        }

        if (hasBody)
        {
            statuses.Add(StatusCodes.Status413PayloadTooLarge);
            statuses.Add(StatusCodes.Status415UnsupportedMediaType);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            statuses.Add(StatusCodes.Status429TooManyRequests);
        }

        return statuses;
    }

    /// <summary>The one problem-details schema every error response refers to; members a feature adds are allowed.</summary>
    public static Task AddProblemSchemaAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details. `errors` (400) names each invalid field; a feature may add members, "
                + "such as a refused session start's `reason`, `provider` and `safety`.",
            Required = new HashSet<string> { "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
        return Task.CompletedTask;
    }
}
