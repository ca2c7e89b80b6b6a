using Lantern.Web.Platform.Export;
using Lantern.Web.Platform.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lantern.Web.Features.MyData;

/// <summary>
/// The summary for a new clinician, an A4 PDF drawn with PDFsharp like the taper plan's: who it is for, then each
/// source's section in order (scores with their charts, check-ins, sessions with vital signs, the taper plan and its
/// current step, medicines, open alerts), in plain words, about two pages. Empty (and left out of the ZIP) when this
/// server has no fonts to draw it with.
/// </summary>
public static class SummaryPdf
{
    public const string Title = "Summary for a new clinician";
    private const double Margin = 40;
    private const double PageWidth = PdfPageFlow.PageWidth;
    private const double PageHeight = PdfPageFlow.PageHeight;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double ChartWidth = (ContentWidth - 16) / 2;
    private const double ChartHeight = 92;

    public static byte[] Render(ExportContext export)
    {
        if (!DejaVuFontResolver.EnsureInstalled())
        {
            return [];
        }

        using var document = new PdfDocument();
        document.Info.Title = "Lantern: " + Title;
        document.Info.Creator = "Lantern";
        document.Info.CreationDate = export.Now.UtcDateTime;
        document.Info.ModificationDate = export.Now.UtcDateTime;
        using (var writer = new Writer(document))
        {
            writer.Paragraph(Title, writer.TitleFont, 20);
            writer.Paragraph($"For {export.Patient.DisplayName}, prepared on {LocalTime.Day(export.Today)} from the records they keep in Lantern. "
                + "These are the person's own entries, not a clinical record; the attached files hold every entry.", writer.Text, 11);
            if (!export.IsOwner)
            {
                writer.Paragraph("Prepared by a member of their care team: it holds only what the person shares with them.", writer.Text, 11);
            }

            foreach (var section in export.Sections.OrderBy(s => s.Order))
            {
                writer.Section(section);
            }
        }

        for (var i = 0; i < document.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            gfx.DrawString($"Lantern summary for {export.Patient.DisplayName} · page {i + 1} of {document.PageCount}", new XFont(DejaVuFontResolver.Regular, 7.5),
                XBrushes.Black, new XRect(Margin, PageHeight - Margin - 10, ContentWidth, 10), XStringFormats.TopLeft);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Draws top to bottom, starting a new page whenever the next block would not fit.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly PdfPageFlow _flow;
        private readonly XFont _heading = new(DejaVuFontResolver.Regular, 11, XFontStyleEx.Bold);
        private readonly XFont _small = new(DejaVuFontResolver.Regular, 7);

        public Writer(PdfDocument document)
        {
            _flow = new PdfPageFlow(document, Margin, 24);
        }

        public XFont TitleFont { get; } = new(DejaVuFontResolver.Regular, 15, XFontStyleEx.Bold);

        public XFont Text { get; } = new(DejaVuFontResolver.Regular, 8.5);

        public void Section(SummarySection section)
        {
            _flow.Y += 8;
            _flow.Ensure(30);
            Paragraph(section.Title, _heading, 14);
            foreach (var line in section.Lines)
            {
                Paragraph(line, Text, 11);
                _flow.Y += 1;
            }

            for (var i = 0; i < section.Charts.Count; i += 2)
            {
                _flow.Y += 4;
                _flow.Ensure(ChartHeight + 16);
                Chart(section.Charts[i], Margin);
                if (i + 1 < section.Charts.Count)
                {
                    Chart(section.Charts[i + 1], Margin + ChartWidth + 16);
                }

                _flow.Y += ChartHeight + 16;
            }
        }

        public void Paragraph(string text, XFont font, double lineHeight)
        {
            foreach (var line in _flow.Wrap(text, font, ContentWidth))
            {
                _flow.Ensure(lineHeight);
                _flow.Graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, _flow.Y, ContentWidth, lineHeight), XStringFormats.TopLeft);
                _flow.Y += lineHeight;
            }
        }

        /// <summary>One value over days: the scale's ends on the left, the first and last days below, a dot per day.</summary>
        private void Chart(SummaryChart chart, double x)
        {
            _flow.Graphics.DrawString(chart.Title, Text, XBrushes.Black, new XRect(x, _flow.Y, ChartWidth, 11), XStringFormats.TopLeft);
            var top = _flow.Y + 13;
            var left = x + 18;
            var width = ChartWidth - 20;
            var height = ChartHeight - 26;
            _flow.Graphics.DrawRectangle(new XPen(XColors.Gray, 0.5), left, top, width, height);
            _flow.Graphics.DrawString(Number(chart.Maximum), _small, XBrushes.Black, new XRect(x, top - 3, 16, 8), XStringFormats.TopLeft);
            _flow.Graphics.DrawString(Number(chart.Minimum), _small, XBrushes.Black, new XRect(x, top + height - 6, 16, 8), XStringFormats.TopLeft);
            var points = chart.Points.OrderBy(p => p.Day).ToList();
            var first = points[0].Day.DayNumber;
            var span = Math.Max(1, points[^1].Day.DayNumber - first);
            var range = Math.Max(1e-9, chart.Maximum - chart.Minimum);
            var drawn = points.Select(p => new XPoint(
                left + (width * (p.Day.DayNumber - first) / span),
                top + height - (height * (Math.Clamp(p.Value, chart.Minimum, chart.Maximum) - chart.Minimum) / range))).ToArray();
            if (drawn.Length > 1)
            {
                _flow.Graphics.DrawLines(new XPen(XColors.Black, 1), drawn);
            }

            foreach (var point in drawn)
            {
                _flow.Graphics.DrawEllipse(XBrushes.Black, point.X - 1.5, point.Y - 1.5, 3, 3);
            }

            _flow.Graphics.DrawString(LocalTime.Iso(points[0].Day), _small, XBrushes.Black, new XRect(left, top + height + 2, width, 8), XStringFormats.TopLeft);
            _flow.Graphics.DrawString(LocalTime.Iso(points[^1].Day), _small, XBrushes.Black, new XRect(left, top + height + 2, width, 8), XStringFormats.TopRight);
        }

        private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        public void Dispose() => _flow.Dispose();
    }
}
