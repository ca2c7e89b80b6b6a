using PdfSharp.Fonts;

namespace Lantern.Web.Features.Taper.Export;

/// <summary>
/// PDFsharp 6 has no font access of its own on Linux, so every face resolves to DejaVu Sans, which Debian ships in
/// fonts-dejavu-core and which has the ½, ¼ and × the dose texts use. PDFsharp keeps one resolver per process and
/// must always be given the same instance, hence the singleton.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Regular = "DejaVuSans";
    public const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);
    private string _directory = TaperOptions.DefaultPdfFontDirectory;

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
