using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantern.Web.Platform.OpenApi;

/// <summary>
/// A property that is left out of the JSON when it is null (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>) is not
/// required: the generator marks every constructor parameter of a record required, which a client validating
/// responses would then reject.
/// </summary>
public static class OmittedWhenNull
{
    public static Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        // Also when the object's schema is first met as the type of a property (context.JsonPropertyInfo set): the schema
        // is still the object's own, and it is the one later shared by reference.
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Required is { Count: > 0 } required)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(IsOmittedWhenEmpty))
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsOmittedWhenEmpty(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>()
            .Any(a => a.Condition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault) == true;
}
