namespace Lantern.Web.Features.Taper;

/// <summary>Settings for the taper feature (section "Taper").</summary>
public sealed class TaperOptions
{
    public const string Section = "Taper";
    public const string DefaultPdfFontDirectory = Platform.Pdf.DejaVuFontResolver.DefaultDirectory;

    /// <summary>Where DejaVuSans.ttf and DejaVuSans-Bold.ttf live (Debian: fonts-dejavu-core).</summary>
    public string PdfFontDirectory { get; set; } = DefaultPdfFontDirectory;
}

