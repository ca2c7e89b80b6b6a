using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lantern.Web.Platform.Pdf;

/// <summary>
/// Text and drawings laid out top to bottom on A4 pages: where the next block goes (<see cref="Y"/>), a new page when it
/// would not fit above <see cref="Bottom"/>, and word wrap by measured width. Each PDF Lantern makes (the taper plan,
/// the summary for a clinician) draws its own content on <see cref="Graphics"/>; the page flow is this one.
/// </summary>
public sealed class PdfPageFlow : IDisposable
{
    /// <summary>A4 in points.</summary>
    public const double PageWidth = 595.28;

    public const double PageHeight = 841.89;

    private readonly PdfDocument _document;

    public PdfPageFlow(PdfDocument document, double margin, double bottomReserve)
    {
        _document = document;
        Margin = margin;
        Bottom = PageHeight - margin - bottomReserve;
        NewPage();
    }

    public double Margin { get; }

    /// <summary>How far down content may go; below it are the footer and the margin.</summary>
    public double Bottom { get; }

    public double ContentWidth => PageWidth - (2 * Margin);

    public XGraphics Graphics { get; private set; } = null!;

    /// <summary>Where the next block starts on the current page.</summary>
    public double Y { get; set; }

    /// <summary>Starts a new page when a block of <paramref name="height"/> would not fit on this one.</summary>
    public void Ensure(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
        }
    }

    public void NewPage()
    {
        Graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        Graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Greedy word wrap by measured width; a single word wider than the line is broken by characters.</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Graphics.MeasureString(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (Graphics.MeasureString(current, font).Width > width && current.Length > 1)
            {
                var cut = current.Length - 1;
                while (cut > 1 && Graphics.MeasureString(current[..cut], font).Width > width)
                {
                    cut--;
                }

                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    public void Dispose() => Graphics?.Dispose();
}
