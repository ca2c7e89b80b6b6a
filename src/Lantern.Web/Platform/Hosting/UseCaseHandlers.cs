using System.Reflection;

namespace Lantern.Web.Platform.Hosting;

/// <summary>
/// Registers every use-case handler in one way, so that a feature's setup names only what is particular to it
/// (options, demo data, background workers, readers shared by several handlers).
/// </summary>
public static class UseCaseHandlers
{
    /// <summary>
    /// Adds each concrete class under <paramref name="rootNamespace"/> whose name ends in "Handler" as a scoped service:
    /// a handler works with one request's DbContext and current person, so it lives exactly as long as the request.
    /// </summary>
    public static IServiceCollection AddUseCaseHandlers(this IServiceCollection services, Assembly assembly, string rootNamespace)
    {
        var handlers = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: false }
                && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                && IsUnder(t.Namespace, rootNamespace))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }
        return services;
    }

    private static bool IsUnder(string? typeNamespace, string rootNamespace) =>
        typeNamespace is not null
        && (typeNamespace == rootNamespace || typeNamespace.StartsWith(rootNamespace + ".", StringComparison.Ordinal));
}
