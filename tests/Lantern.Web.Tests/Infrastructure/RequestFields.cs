using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>One step into a request body: a property, an element of a list, or a key of a dictionary.</summary>
public sealed record FieldStep(string? Property, bool Element = false, bool Key = false);

/// <summary>A text or date field somewhere in a request body, as JSON spells it (<c>answers[0].notes</c>).</summary>
public sealed record BodyField(IReadOnlyList<FieldStep> Steps, Type Type)
{
    /// <summary>The name the API's problem details use for it, with the first element of every list.</summary>
    public string Name => string.Concat(Steps.Select((s, i) => s switch
    {
        { Element: true } => "[0]",
        { Key: true } => "[",
        _ => (i == 0 ? string.Empty : ".") + s.Property,
    }));

    public bool IsText => Type == typeof(string);

    /// <summary>A body holding only this field, set to <paramref name="value"/>.</summary>
    public JsonObject Build(JsonNode value)
    {
        var root = new JsonObject();
        JsonNode container = root;
        for (var i = 0; i < Steps.Count; i++)
        {
            var last = i == Steps.Count - 1;
            var step = Steps[i];
            if (step.Key)
            {
                ((JsonObject)container)[value.GetValue<string>()] = 0;
                return root;
            }

            JsonNode next = last ? value.DeepClone() : Steps[i + 1].Property is null && !Steps[i + 1].Key ? new JsonArray() : new JsonObject();
            if (step.Element)
            {
                ((JsonArray)container).Add(next);
            }
            else
            {
                ((JsonObject)container)[step.Property!] = next;
            }

            container = next;
        }

        return root;
    }
}

/// <summary>Reads what an endpoint accepts from its metadata and types, the way the API binds it.</summary>
public static class RequestFields
{
    /// <summary>The JSON body type of an endpoint, or null when it takes none.</summary>
    public static Type? BodyType(RouteEntry route) => route.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <summary>Every text and date field in a body type, walking into Lantern's own records, lists and dictionaries.</summary>
    public static IReadOnlyList<BodyField> Leaves(Type type)
    {
        var fields = new List<BodyField>();
        Walk(type, [], fields, 0);
        return fields;
    }

    /// <summary>Query and route values an endpoint binds (not its body, not services), by the name a client sends.</summary>
    public static IReadOnlyList<(string Name, Type Type)> QueryAndRouteValues(RouteEntry route, IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var method = route.Endpoint.Metadata.GetMetadata<MethodInfo>();
        if (method is null)
        {
            return [];
        }

        var values = new List<(string, Type)>();
        foreach (var parameter in method.GetParameters())
        {
            var type = parameter.ParameterType;
            if (parameter.IsDefined(typeof(AsParametersAttribute)))
            {
                values.AddRange(type.GetProperties().Where(p => p.CanWrite && IsSimple(p.PropertyType)).Select(p => (JsonName(p), p.PropertyType)));
            }
            else if (IsSimple(type) && !isService.IsService(type) && type != typeof(CancellationToken))
            {
                values.Add((parameter.Name!, type));
            }
        }

        return values;
    }

    public static bool IsDate(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset));

    private static bool IsSimple(Type type) =>
        type == typeof(string) || IsDate(type) || (Nullable.GetUnderlyingType(type) ?? type).IsPrimitive
        || (Nullable.GetUnderlyingType(type) ?? type) == typeof(Guid) || (Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal);

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static void Walk(Type type, List<FieldStep> path, List<BodyField> fields, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || IsDate(type))
        {
            fields.Add(new BodyField([.. path], type));
            return;
        }

        if (type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)
                || i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)) is { } dictionary)
        {
            var (keyType, valueType) = (dictionary.GetGenericArguments()[0], dictionary.GetGenericArguments()[1]);
            if (keyType == typeof(string))
            {
                fields.Add(new BodyField([.. path, new FieldStep(null, Key: true)], typeof(string)));
            }

            return;
        }

        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault();
            if (element is not null)
            {
                Walk(element, [.. path, new FieldStep(null, Element: true)], fields, depth + 1);
            }

            return;
        }

        if (!type.IsClass || type.Namespace?.StartsWith("Lantern.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            Walk(property.PropertyType, [.. path, new FieldStep(JsonName(property))], fields, depth + 1);
        }
    }
}
