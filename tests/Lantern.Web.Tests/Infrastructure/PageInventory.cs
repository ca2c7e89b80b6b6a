using System.Collections;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>A page's handler for one method, with every form or query field it binds (<c>Input.Note</c>, <c>returnUrl</c>).</summary>
public sealed record PageHandler(RouteEntry Route, string Method, string? Name, IReadOnlyList<PageField> Fields)
{
    public string Key => $"{Method} {Route.Pattern}" + (Name is null ? string.Empty : $" ({Name})");
}

/// <param name="FromQuery">Bound on GET too (a [BindProperty(SupportsGet = true)] property or a GET handler's parameter).</param>
public sealed record PageField(string Name, Type Type, bool FromQuery);

/// <summary>Every Razor page in the live route table, loaded as the framework compiles it, with its handlers and bound fields.</summary>
public static class PageInventory
{
    public static async Task<IReadOnlyList<PageHandler>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<PageHandler>();
        foreach (var route in EndpointInventory.Read(services).Where(r => !r.IsApi))
        {
            if (route.Endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var page = await loader.LoadAsync(descriptor, route.Endpoint.Metadata);
            var properties = page.BoundProperties.OfType<PageBoundPropertyDescriptor>().ToArray();
            foreach (var handler in page.HandlerMethods)
            {
                var isGet = handler.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase);
                var fields = properties
                    .Where(p => !isGet || p.Property.GetCustomAttributes(typeof(BindPropertyAttribute), true).OfType<BindPropertyAttribute>().Any(b => b.SupportsGet))
                    .SelectMany(p => Expand(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, isGet, 0))
                    .Concat(handler.Parameters
                        .Where(p => p.ParameterType != typeof(CancellationToken) && !route.Parameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase)
                            && p.BindingInfo?.BindingSource?.Id != "Services")
                        .SelectMany(p => Expand(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, isGet, 0)))
                    .ToArray();
                handlers.Add(new PageHandler(route, handler.HttpMethod.ToUpperInvariant(), handler.Name, fields));
            }
        }

        return handlers;
    }

    /// <summary>A bound value as form fields: simple values by name, lists by their first element, model properties by <c>Prefix.Name</c>.</summary>
    private static IEnumerable<PageField> Expand(string name, Type type, bool fromQuery, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(Guid) || RequestFields.IsDate(type))
        {
            return [new PageField(name, type, fromQuery)];
        }

        if (depth > 4)
        {
            return [];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)))
        {
            // The clinic checklist's answers and notes are keyed by question code; any key binds the same way.
            return Expand($"{name}[licensed]", type.GetGenericArguments()[1], fromQuery, depth + 1);
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault();
            return element is null ? [] : Expand(element == typeof(string) ? name : $"{name}[0]", element, fromQuery, depth + 1);
        }

        return type.Namespace?.StartsWith("Lantern.", StringComparison.Ordinal) == true
            ? type.GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
                .SelectMany(p => Expand($"{name}.{p.Name}", p.PropertyType, fromQuery, depth + 1))
            : [];
    }
}
