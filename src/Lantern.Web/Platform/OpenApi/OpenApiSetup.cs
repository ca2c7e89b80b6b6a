namespace Lantern.Web.Platform.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, made to tell the truth: one schema per .NET type (<see cref="SchemaIds"/>),
/// every error an operation can answer documented as problem details (<see cref="ErrorResponses"/>), downloads with
/// their media type (<see cref="FileResponses"/>), and fields that are
/// left out when empty not marked required (<see cref="OmittedWhenNull"/>). A test validates every API response the
/// tests see against this document.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddLanternOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaIds.For;
            options.AddSchemaTransformer(OmittedWhenNull.TransformAsync);
            options.AddOperationTransformer(FileResponses.TransformAsync);
            options.AddOperationTransformer(ErrorResponses.TransformAsync);
            options.AddDocumentTransformer(ErrorResponses.AddProblemSchemaAsync);
        });
}
