using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>One routable endpoint as "METHOD /pattern" ("*" when it is a page that takes any method).</summary>
public sealed record RouteEntry(string Method, string Pattern, bool AllowsAnonymous, RouteEndpoint Endpoint)
{
    public string Key => $"{Method} {Pattern}";

    public IReadOnlyList<string> Parameters => Endpoint.RoutePattern.Parameters.Select(p => p.Name).ToArray();

    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.Ordinal);
}

public static class EndpointInventory
{
    /// <summary>Every route the running app answers, from its EndpointDataSource.</summary>
    public static IReadOnlyList<RouteEntry> Read(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint =>
            {
                var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).Trim('/');
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
                var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                return methods.Select(method => new RouteEntry(method, pattern, anonymous, endpoint));
            })
            .DistinctBy(entry => entry.Key)
            .OrderBy(entry => entry.Pattern, StringComparer.Ordinal)
            .ThenBy(entry => entry.Method, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Replaces route parameters with harmless sample values (a random GUID, 404, "x").</summary>
    public static string Fill(RouteEntry entry, IReadOnlyDictionary<string, string>? values = null)
    {
        var path = entry.Pattern;
        foreach (var parameter in entry.Endpoint.RoutePattern.Parameters)
        {
            var constraint = string.Join(":", parameter.ParameterPolicies.Select(p => p.Content));
            var value = values?.GetValueOrDefault(parameter.Name)
                ?? (constraint.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
                    : constraint.Contains("int", StringComparison.Ordinal) ? "404"
                    : constraint.Contains("datetime", StringComparison.Ordinal) ? "2026-01-01" : "x");
            var start = path.IndexOf("{" + parameter.Name, StringComparison.Ordinal);
            var end = path.IndexOf('}', start);
            path = path[..start] + value + path[(end + 1)..];
        }

        return path;
    }
}
