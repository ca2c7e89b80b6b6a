using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.AspNetCore.Routing;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// Holds every API response the tests provoke to the app's own OpenAPI document (/openapi/v1.json): the status must be
/// documented for that operation, the media type among the documented ones, and a JSON body valid against the documented
/// schema (JSON Schema 2020-12, by JsonSchema.Net). Responses may carry no property the document does not name: object
/// schemas are closed here (additionalProperties false), except problem details, which allow a feature's extra members.
/// A mismatch throws inside the test host, so the test whose request got it fails with the reason. Each operation and
/// status seen is recorded for <c>OpenApiDocumentTests</c>.
/// </summary>
public sealed partial class OpenApiConformance
{
    private const string ComponentsUri = "https://lantern.test/openapi/components";
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private Loaded? _loaded;

    /// <summary>"GET /api/v1/me 200" for every response checked so far.</summary>
    public ConcurrentDictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The operations of the document as "METHOD /path".</summary>
    public async Task<IReadOnlyList<string>> OperationsAsync(IServiceProvider services) =>
        (await LoadAsync(services)).Operations.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Null when the response matches the document; otherwise what is wrong. Requests outside any operation are not checked.</summary>
    public async Task<string?> CheckAsync(IServiceProvider services, string method, string? routePattern, string path, int status, string? contentType, byte[] body)
    {
        var loaded = await LoadAsync(services);
        var operationKey = Operation(loaded, method, routePattern, path);
        if (operationKey is null)
        {
            return null;
        }

        Seen.AddOrUpdate($"{operationKey} {status}", 1, (_, n) => n + 1);
        var responses = loaded.Operations[operationKey];
        var statusKey = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!responses.TryGetPropertyValue(statusKey, out var response) && !responses.TryGetPropertyValue("default", out response))
        {
            return $"{operationKey} answered {status}, which the OpenAPI document does not list (it lists {string.Join(", ", responses.Select(r => r.Key))}).";
        }

        var content = response?["content"] as JsonObject;
        if (body.Length == 0)
        {
            return content is { Count: > 0 } && status != StatusCodes.Status204NoContent
                ? $"{operationKey} {status} has an empty body, but the document promises {string.Join(", ", content.Select(c => c.Key))}."
                : null;
        }

        var mediaType = contentType?.Split(';')[0].Trim() ?? string.Empty;
        if (content is null || !content.TryGetPropertyValue(mediaType, out var media))
        {
            return $"{operationKey} {status} answered {mediaType}, but the document lists {(content is null ? "no body" : string.Join(", ", content.Select(c => c.Key)))}.";
        }

        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || media?["schema"] is not JsonNode schemaNode)
        {
            return null;
        }

        var schema = _schemas.GetOrAdd($"{operationKey} {status} {mediaType}", _ => BuildResponseSchema(loaded, schemaNode));
        using var instance = JsonDocument.Parse(body);
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return null;
        }

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Take(12);
        return $"{operationKey} {status} body does not match the OpenAPI document:\n{string.Join("\n", errors)}\nBody: {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 1500)]}";
    }

    private async Task<Loaded> LoadAsync(IServiceProvider services)
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        await _loading.WaitAsync();
        try
        {
            // The live document, as /openapi/v1.json serves it.
            var document = await services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync();
            return _loaded ??= Load(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1));
        }
        finally
        {
            _loading.Release();
        }
    }

    private static Loaded Load(string documentText)
    {
        var document = JsonNode.Parse(documentText)!.AsObject();
        var operations = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var templates = new List<(string Method, Regex Pattern, string Key, int Parameters)>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch"))
            {
                var key = $"{method.ToUpperInvariant()} {path}";
                operations[key] = operation!["responses"]!.AsObject();
                var pattern = new Regex("^" + ParameterInPath().Replace(Regex.Escape(path).Replace("\\{", "{", StringComparison.Ordinal), "[^/]+") + "$");
                templates.Add((method.ToUpperInvariant(), pattern, key, path.Count(c => c == '{')));
            }
        }

        var definitions = new JsonObject();
        foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            var copy = schema!.DeepClone();
            Prepare(copy, closeObjects: name != "ProblemDetails");
            definitions[name] = copy;
        }

        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var components = new JsonObject { ["$schema"] = Dialect, ["$defs"] = definitions };
        using var componentsDocument = JsonDocument.Parse(components.ToJsonString());
        JsonSchema.Build(componentsDocument.RootElement.Clone(), options, new Uri(ComponentsUri));
        return new Loaded(operations, templates, options);
    }

    private static JsonSchema BuildResponseSchema(Loaded loaded, JsonNode schemaNode)
    {
        var copy = schemaNode.DeepClone();
        Prepare(copy, closeObjects: true);
        var wrapper = copy as JsonObject ?? new JsonObject { ["allOf"] = new JsonArray(copy) };
        wrapper["$schema"] = Dialect;
        using var parsed = JsonDocument.Parse(wrapper.ToJsonString());
        return JsonSchema.Build(parsed.RootElement.Clone(), loaded.Options, new Uri($"https://lantern.test/openapi/responses/{Guid.NewGuid():N}"));
    }

    /// <summary>Points component references at the registered components and closes object schemas to undocumented properties.</summary>
    private static void Prepare(JsonNode? node, bool closeObjects)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    obj["$ref"] = ComponentsUri + "#/$defs/" + target["#/components/schemas/".Length..];
                }

                if (closeObjects && obj.ContainsKey("properties") && !obj.ContainsKey("additionalProperties"))
                {
                    obj["additionalProperties"] = false;
                }

                foreach (var (_, child) in obj.ToArray())
                {
                    Prepare(child, closeObjects);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Prepare(child, closeObjects);
                }

                break;
        }
    }

    /// <summary>The document's "METHOD /path" for a request: from the matched route when there is one, else by matching the path.</summary>
    private static string? Operation(Loaded loaded, string method, string? routePattern, string path)
    {
        if (routePattern is not null)
        {
            var key = $"{method} /{RouteConstraint().Replace(routePattern.Trim('/'), "{$1}")}";
            if (loaded.Operations.ContainsKey(key))
            {
                return key;
            }
        }

        // Refused before routing (413, 415): find the operation the path would have reached; literal segments win.
        return loaded.Templates
            .Where(t => t.Method == method && t.Pattern.IsMatch(path))
            .OrderBy(t => t.Parameters)
            .Select(t => t.Key)
            .FirstOrDefault();
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex ParameterInPath();

    [GeneratedRegex("\\{\\**([^}:=?]+)[^}]*\\}")]
    private static partial Regex RouteConstraint();

    private sealed record Loaded(
        Dictionary<string, JsonObject> Operations,
        List<(string Method, Regex Pattern, string Key, int Parameters)> Templates,
        BuildOptions Options);

    /// <summary>Thrown inside the test host, so the request that got a mismatched response fails its test.</summary>
    public sealed class MismatchException(string message) : Exception(message);

    /// <summary>Buffers each /api response, checks it, then sends it on; registered first, so it sees the final response.</summary>
    public sealed class Middleware(RequestDelegate next, OpenApiConformance conformance)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var mismatch = await conformance.CheckAsync(context.RequestServices, context.Request.Method, pattern, context.Request.Path.Value ?? "/",
                context.Response.StatusCode, context.Response.ContentType, buffer.ToArray());
            if (mismatch is not null)
            {
                throw new MismatchException(mismatch);
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }

    /// <summary>Puts <see cref="Middleware"/> in front of the app's whole pipeline.</summary>
    public sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<Middleware>();
            next(app);
        };
    }
}
