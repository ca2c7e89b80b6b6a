using PdfSharp.Fonts;

namespace Lantern.Web.Platform.Pdf;

/// <summary>
/// PDFsharp 6 has no font access of its own on Linux, so every face resolves to DejaVu Sans, which Debian ships in
/// fonts-dejavu-core and which has the ½, ¼ and × the dose texts use. PDFsharp keeps one resolver per process and
/// must always be given the same instance, hence the singleton. Every PDF Lantern draws (the taper plan, the export's
/// clinician summary) uses it.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Regular = "DejaVuSans";
    public const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);
    /// <summary>Where Debian's fonts-dejavu-core puts the faces.</summary>
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    private string _directory = DefaultDirectory;

    private DejaVuFontResolver()
    {
    }

    public static DejaVuFontResolver Instance { get; } = new();

    /// <summary>True when both faces can be read from <paramref name="directory"/>.</summary>
    public static bool FontsPresent(string directory) =>
        File.Exists(Path.Combine(directory, Regular + ".ttf")) && File.Exists(Path.Combine(directory, Bold + ".ttf"));

    /// <summary>Installs the resolver once; later calls only confirm it (PDFsharp refuses a different instance).</summary>
    public static void Install(string directory)
    {
        lock (Gate)
        {
            Instance._directory = directory;
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    /// <summary>
    /// Installs the resolver from <see cref="DefaultDirectory"/> unless one is installed already (keeping a directory
    /// configured elsewhere); false when no faces can be read, so the caller can leave its PDF out.
    /// </summary>
    public static bool EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                if (!FontsPresent(DefaultDirectory))
                {
                    return false;
                }

                Instance._directory = DefaultDirectory;
                GlobalFontSettings.FontResolver = Instance;
            }

            return FontsPresent(Instance._directory);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        lock (Gate)
        {
            if (!_faces.TryGetValue(faceName, out var bytes))
            {
                bytes = File.ReadAllBytes(Path.Combine(_directory, faceName + ".ttf"));
                _faces[faceName] = bytes;
            }

            return bytes;
        }
    }
}
