using System.ComponentModel.DataAnnotations;

namespace Lantern.Web.Platform.Options;

/// <summary>Where Lantern keeps its embedded-mode files (SQLite database, keys, outbox).</summary>
public sealed class LanternOptions
{
    public const string Section = "Lantern";

    /// <summary>Directory for the SQLite file, Data Protection keys and the e-mail outbox; relative paths are resolved against the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seed demo accounts at start-up (Development only; refused elsewhere).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Public base URL used in e-mailed links, e.g. https://lantern.example.org.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public static string ResolveDataDirectory(LanternOptions options, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(options.DataDirectory)
            ? options.DataDirectory
            : Path.Combine(contentRoot, options.DataDirectory));
}
