using Lantern.Clinical.Tapering;
using Lantern.Web.Platform.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Lantern.Web.Features.Taper.Export;

/// <summary>What the printout needs besides the schedule.</summary>
public sealed record PlanPdfHeading(string PreparedFor, DateOnly PreparedOn);

/// <summary>
/// The plan for the prescriber and pharmacist as an A4 PDF drawn with PDFsharp: facts, the hold rule, the schedule
/// table (continuing on further pages when long, with its header repeated), every warning and the sources. The
/// "not a prescription" line and, for the occupancy method, the parameters' evidence status are on every page.
/// </summary>
public static class PlanPdf
{
    private const double Margin = 40;
    private const double PageWidth = 595.28; // A4 in points
    private const double PageHeight = 841.89;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double FooterHeight = 40;
    private const double Bottom = PageHeight - Margin - FooterHeight;

    public static byte[] Render(TaperSchedule schedule, PlanPdfHeading heading, DateTimeOffset now)
    {
        using var document = new PdfDocument();
        document.Info.Title = "Lantern taper plan";
        document.Info.Creator = "Lantern";
        document.Info.CreationDate = now.UtcDateTime;
        document.Info.ModificationDate = now.UtcDateTime;

        using (var writer = new Writer(document, schedule))
        {
            writer.Facts(schedule, heading);
            writer.Schedule(schedule);
            writer.Notes(schedule);
        }

        Footers(document, schedule);
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Footers(PdfDocument document, TaperSchedule schedule)
    {
        var font = new XFont(DejaVuFontResolver.Regular, 7.5);
        var bold = new XFont(DejaVuFontResolver.Regular, 7.5, XFontStyleEx.Bold);
        for (var i = 0; i < document.PageCount; i++)
        {
            using var gfx = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var y = PageHeight - Margin - FooterHeight + 8;
            gfx.DrawLine(new XPen(XColors.Gray, 0.5), Margin, y - 5, PageWidth - Margin, y - 5);
            gfx.DrawString(TaperText.ForDiscussion(schedule), bold, XBrushes.Black, new XRect(Margin, y, ContentWidth, 10), XStringFormats.TopLeft);
            if (schedule.OccupancyParameters is { } set)
            {
                y += 10;
                gfx.DrawString($"About the occupancy estimates: {set.StatusLabel}", font, XBrushes.Black,
                    new XRect(Margin, y, ContentWidth, 10), XStringFormats.TopLeft);
            }

            gfx.DrawString($"Lantern taper plan · page {i + 1} of {document.PageCount}", font, XBrushes.Black,
                new XRect(Margin, y + 10, ContentWidth, 10), XStringFormats.TopLeft);
        }
    }

    /// <summary>Draws top to bottom, starting a new page whenever the next block would not fit.</summary>
    private sealed class Writer : IDisposable
    {
        private readonly PdfDocument _document;
        private readonly XFont _title = new(DejaVuFontResolver.Regular, 15, XFontStyleEx.Bold);
        private readonly XFont _heading = new(DejaVuFontResolver.Regular, 10.5, XFontStyleEx.Bold);
        private readonly XFont _text = new(DejaVuFontResolver.Regular, 8.5);
        private readonly XFont _strong = new(DejaVuFontResolver.Regular, 8.5, XFontStyleEx.Bold);
        private readonly bool _occupancy;
        private XGraphics _gfx = null!;
        private double _y;

        public Writer(PdfDocument document, TaperSchedule schedule)
        {
            _document = document;
            _occupancy = schedule.OccupancyParameters is not null;
            NewPage();
        }

        public void Facts(TaperSchedule schedule, PlanPdfHeading heading)
        {
            Paragraph("Taper plan for discussion with your prescriber", _title, 20);
            Paragraph($"Prepared for {heading.PreparedFor} on {TaperText.LongDate(heading.PreparedOn)} with Lantern.", _text, 11);
            Gap(6);

            var facts = new List<(string Label, string Value)>
            {
                ("Medicine", $"{schedule.Drug.DisplayName} ({schedule.Drug.ClassCode})"),
                ("Dose now", $"{TaperText.Mg(schedule.StartingDoseMg)} mg a day"),
                ("Method", TaperText.MethodName(schedule.MethodCode)),
                ("Pace", TaperText.Pace(schedule)),
                ("Form", TaperText.FormSummary(schedule)),
                ("Last dose before stopping", $"{TaperText.Mg(schedule.FinalDoseMg)} mg"),
            };
            if (schedule.FinalStep is { } last)
            {
                facts.Add(("Last step", TaperText.LastStepFact(last)));
            }

            if (TaperText.EndDate(schedule) is { } end && schedule.Steps.Count > 0)
            {
                facts.Add(("Dates", $"{TaperText.LongDate(schedule.Steps[0].Date)} to {TaperText.LongDate(end)} ({TaperText.ProposedStepCount(schedule)} proposed steps)"));
            }

            if (schedule.DiazepamEquivalent is { } equivalent)
            {
                facts.Add(("Diazepam equivalent", $"about {equivalent.DiazepamMg} mg a day ({equivalent.TableName})"));
            }

            foreach (var (label, value) in facts)
            {
                var lines = Wrap(value, _text, ContentWidth - 140);
                Ensure(lines.Count * 11);
                _gfx.DrawString(label, _strong, XBrushes.Black, new XRect(Margin, _y, 135, 11), XStringFormats.TopLeft);
                foreach (var line in lines)
                {
                    _gfx.DrawString(line, _text, XBrushes.Black, new XRect(Margin + 140, _y, ContentWidth - 140, 11), XStringFormats.TopLeft);
                    _y += 11;
                }
            }

            if (schedule.OccupancyParameters is { } set)
            {
                Gap(6);
                Boxed(
                    $"Estimated occupancy. How we know this: {set.StatusLabel} "
                        + $"{set.Drug}, {set.Region}: Emax {TaperText.Percent(set.EmaxPercent)} %, ED50 {TaperText.Percent(set.Ed50Mg)} mg. "
                        + (set.Conflict ?? string.Empty));
            }

            if (schedule.TargetDate is { } target)
            {
                Gap(6);
                Boxed($"Target date {TaperText.LongDate(target.TargetDate)}: {target.Summary}");
            }

            Gap(6);
            Paragraph("Before each step", _heading, 14);
            // A hold suggested by the latest journal day is printed too; "go ahead" is not, because paper outlives the day it was true.
            Paragraph(HoldRule.Explain(HoldAdvice.CheckSymptomsFirst)
                + (schedule.NextStepAdvice == HoldAdvice.Hold ? " " + HoldRule.Explain(HoldAdvice.Hold) : string.Empty), _text, 11);
        }

        public void Schedule(TaperSchedule schedule)
        {
            Gap(8);
            Paragraph("Schedule", _heading, 14);
            var columns = Columns();
            Header(columns);
            foreach (var step in schedule.Steps)
            {
                if (TaperText.PhaseStartingAt(schedule, step) is { } phase)
                {
                    PhaseRow(phase.Text, columns);
                }

                string[] cells =
                [
                    step.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TaperText.LongDate(step.Date),
                    step.Kind == TaperStepKind.Stop ? "Stop" : $"{TaperText.Mg(step.DoseMg)} mg",
                    TaperText.WhatToTake(schedule, step),
                    .. _occupancy ? [step.OccupancyPercent is { } o ? $"{TaperText.Percent(o)} %" : string.Empty] : Array.Empty<string>(),
                    Note(step),
                ];
                var wrapped = cells.Select((cell, i) => Wrap(cell, _text, columns[i].Width - 4)).ToArray();
                var height = (wrapped.Max(w => w.Count) * 10) + 3;
                if (_y + height > Bottom)
                {
                    NewPage();
                    Header(columns);
                }

                var x = Margin;
                for (var i = 0; i < cells.Length; i++)
                {
                    var lineY = _y + 1.5;
                    foreach (var line in wrapped[i])
                    {
                        _gfx.DrawString(line, _text, XBrushes.Black, new XRect(x + 2, lineY, columns[i].Width - 4, 10), XStringFormats.TopLeft);
                        lineY += 10;
                    }

                    x += columns[i].Width;
                }

                _y += height;
                _gfx.DrawLine(new XPen(XColors.LightGray, 0.4), Margin, _y, Margin + ContentWidth, _y);
            }
        }

        public void Notes(TaperSchedule schedule)
        {
            Gap(10);
            Paragraph("Notes", _heading, 14);
            // The prescriber line, the hold rule and the target date are already printed above.
            foreach (var warning in TaperText.PrintedNotes(schedule).Where(w => !w.Code.StartsWith("target-date-", StringComparison.Ordinal)))
            {
                Paragraph("• " + warning.Message, _text, 11);
                Gap(2);
            }

            Gap(6);
            Paragraph("Sources", _heading, 14);
            foreach (var source in schedule.Sources)
            {
                Paragraph($"• {source.Citation} [{source.StatusLabel}]", _text, 10.5);
            }
        }

        public void Dispose() => _gfx.Dispose();

        private (string Title, double Width)[] Columns() => _occupancy
            ? [("#", 22), ("Date", 82), ("Daily dose", 62), ("What to take", 150), ("Occupancy", 56), ("Note", ContentWidth - 372)]
            : [("#", 22), ("Date", 82), ("Daily dose", 66), ("What to take", 180), ("Note", ContentWidth - 350)];

        private void Header((string Title, double Width)[] columns)
        {
            Ensure(14);
            _gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(228, 240, 244)), Margin, _y, ContentWidth, 13);
            var x = Margin;
            foreach (var (title, width) in columns)
            {
                _gfx.DrawString(title, _strong, XBrushes.Black, new XRect(x + 2, _y + 2, width - 4, 10), XStringFormats.TopLeft);
                x += width;
            }

            _y += 14;
        }

        private static string Note(TaperStep step) => step.Kind switch
        {
            TaperStepKind.Planned => step.HoldSuggested ? "Hold suggested: symptoms not tolerable" : "Only if symptoms settled or tolerable",
            TaperStepKind.Stop => "Agree when and how with your prescriber",
            _ => TaperText.StepKindName(step.Kind) + " (recorded)",
        };

        /// <summary>A full-width row naming the form the following steps are taken in.</summary>
        private void PhaseRow(string text, (string Title, double Width)[] columns)
        {
            var lines = Wrap(text, _strong, ContentWidth - 4);
            var height = (lines.Count * 10) + 4;
            if (_y + height > Bottom)
            {
                NewPage();
                Header(columns);
            }

            var y = _y + 2;
            foreach (var line in lines)
            {
                _gfx.DrawString(line, _strong, XBrushes.Black, new XRect(Margin + 2, y, ContentWidth - 4, 10), XStringFormats.TopLeft);
                y += 10;
            }

            _y += height;
            _gfx.DrawLine(new XPen(XColors.LightGray, 0.4), Margin, _y, Margin + ContentWidth, _y);
        }

        private void Boxed(string text)
        {
            var lines = Wrap(text, _strong, ContentWidth - 12);
            var height = (lines.Count * 11) + 8;
            Ensure(height);
            _gfx.DrawRectangle(new XPen(XColors.Black, 0.8), Margin, _y, ContentWidth, height);
            var y = _y + 4;
            foreach (var line in lines)
            {
                _gfx.DrawString(line, _strong, XBrushes.Black, new XRect(Margin + 6, y, ContentWidth - 12, 11), XStringFormats.TopLeft);
                y += 11;
            }

            _y += height;
        }

        private void Paragraph(string text, XFont font, double lineHeight)
        {
            foreach (var line in Wrap(text, font, ContentWidth))
            {
                Ensure(lineHeight);
                _gfx.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, ContentWidth, lineHeight), XStringFormats.TopLeft);
                _y += lineHeight;
            }
        }

        private void Gap(double points) => _y += points;

        private void Ensure(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        /// <summary>Greedy word wrap by measured width; a single word wider than the line is broken by characters.</summary>
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (_gfx.MeasureString(candidate, font).Width <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                while (_gfx.MeasureString(current, font).Width > width && current.Length > 1)
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && _gfx.MeasureString(current[..cut], font).Width > width)
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
    }
}
