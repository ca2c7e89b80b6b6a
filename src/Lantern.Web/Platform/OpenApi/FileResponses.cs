using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantern.Web.Platform.OpenApi;

/// <summary>
/// Downloads (<c>plan.pdf</c>, <c>calendar.ics</c>, <c>schedule.csv</c>…) say what they return: the route's extension
/// names the media type, so a 200 without content (what a file result documents by default) gets it here.
/// </summary>
public static class FileResponses
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".ics"] = "text/calendar",
        [".csv"] = "text/csv",
    };

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var path = context.Description.RelativePath ?? string.Empty;
        if (!MediaTypes.TryGetValue(Path.GetExtension(path), out var mediaType))
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= new OpenApiResponses();
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "The file.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [mediaType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
            },
        };
        return Task.CompletedTask;
    }
}
