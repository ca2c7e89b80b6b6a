using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Lantern.Web.Platform.OpenApi;

/// <summary>
/// Schema names in the OpenAPI document. The default is the bare type name, so two features' <c>SourceResponse</c>
/// records became one schema (the first one's shape) for all of them. A name that more than one Lantern type shares
/// is prefixed with the type's feature folder (<c>TaperSourceResponse</c>, <c>ToolsSourceResponse</c>); every other
/// name stays as it was, so clients see no churn.
/// </summary>
public static class SchemaIds
{
    private const string FeaturesNamespace = "Lantern.Web.Features.";

    /// <summary>Bare type names used by more than one type in Lantern's own assemblies.</summary>
    private static readonly FrozenSet<string> SharedNames = new[] { typeof(SchemaIds).Assembly, typeof(Lantern.Clinical.Refs).Assembly }
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsGenericTypeDefinition && !type.Name.Contains('<', StringComparison.Ordinal))
        .GroupBy(type => type.Name, StringComparer.Ordinal)
        .Where(group => group.Count() > 1)
        .Select(group => group.Key)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The schema id of a type, or null to write it inline (as the default does for primitives and collections).</summary>
    public static string? For(JsonTypeInfo type)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        return id is null ? null : Qualified(type.Type, id);
    }

    /// <summary>The id for <paramref name="type"/> given its default id: qualified only when the bare name is shared.</summary>
    public static string Qualified(Type type, string defaultId)
    {
        if (!SharedNames.Contains(type.Name) || defaultId != type.Name)
        {
            return defaultId;
        }

        var ns = type.Namespace ?? string.Empty;
        var owner = ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal)
            ? ns[FeaturesNamespace.Length..].Replace(".", string.Empty, StringComparison.Ordinal)
            : ns.Replace(".", string.Empty, StringComparison.Ordinal);
        var declaring = type.DeclaringType is { } outer ? outer.Name : string.Empty;
        return owner + declaring + type.Name;
    }
}
