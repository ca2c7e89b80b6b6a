using System.Reflection;

namespace Lantern.Web.Platform.Export;

/// <summary>
/// One feature's part of "export everything" (docs/adr/0011-export-sources.md). Each feature that keeps health records
/// implements one source and reads only its own records, through <see cref="ExportContext.Query{T}"/> (the access
/// chokepoint, audited when someone else exports); it adds FHIR resources, one table per kind of record and the lines
/// of the clinician summary. Platform only collects; it never names a feature, and the export never reaches into one.
/// </summary>
public interface IExportSource
{
    /// <summary>Lower comes first in the Bundle, the files and the summary.</summary>
    int Order { get; }

    /// <summary>Adds what the caller may see of this feature's records to <paramref name="export"/>.</summary>
    Task ContributeAsync(ExportContext export, CancellationToken ct);
}

/// <summary>Registers every <see cref="IExportSource"/> in the app, in one way, like the use-case handlers.</summary>
public static class ExportSources
{
    /// <summary>Adds each concrete <see cref="IExportSource"/> in <paramref name="assembly"/> as a scoped service.</summary>
    public static IServiceCollection AddExportSources(this IServiceCollection services, Assembly assembly)
    {
        var sources = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IExportSource).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            services.AddScoped(typeof(IExportSource), source);
        }

        return services;
    }
}
