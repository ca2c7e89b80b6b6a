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
    private const double PageWidth = PdfPageFlow.PageWidth;
    private const double PageHeight = PdfPageFlow.PageHeight;
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
        private readonly PdfPageFlow _flow;
        private readonly XFont _title = new(DejaVuFontResolver.Regular, 15, XFontStyleEx.Bold);
        private readonly XFont _heading = new(DejaVuFontResolver.Regular, 10.5, XFontStyleEx.Bold);
        private readonly XFont _text = new(DejaVuFontResolver.Regular, 8.5);
        private readonly XFont _strong = new(DejaVuFontResolver.Regular, 8.5, XFontStyleEx.Bold);
        private readonly bool _occupancy;

        public Writer(PdfDocument document, TaperSchedule schedule)
        {
            _flow = new PdfPageFlow(document, Margin, FooterHeight);
            _occupancy = schedule.OccupancyParameters is not null;
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
                var lines = _flow.Wrap(value, _text, ContentWidth - 140);
                _flow.Ensure(lines.Count * 11);
                _flow.Graphics.DrawString(label, _strong, XBrushes.Black, new XRect(Margin, _flow.Y, 135, 11), XStringFormats.TopLeft);
                foreach (var line in lines)
                {
                    _flow.Graphics.DrawString(line, _text, XBrushes.Black, new XRect(Margin + 140, _flow.Y, ContentWidth - 140, 11), XStringFormats.TopLeft);
                    _flow.Y += 11;
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
                var wrapped = cells.Select((cell, i) => _flow.Wrap(cell, _text, columns[i].Width - 4)).ToArray();
                var height = (wrapped.Max(w => w.Count) * 10) + 3;
                if (_flow.Y + height > Bottom)
                {
                    _flow.NewPage();
                    Header(columns);
                }

                var x = Margin;
                for (var i = 0; i < cells.Length; i++)
                {
                    var lineY = _flow.Y + 1.5;
                    foreach (var line in wrapped[i])
                    {
                        _flow.Graphics.DrawString(line, _text, XBrushes.Black, new XRect(x + 2, lineY, columns[i].Width - 4, 10), XStringFormats.TopLeft);
                        lineY += 10;
                    }

                    x += columns[i].Width;
                }

                _flow.Y += height;
                _flow.Graphics.DrawLine(new XPen(XColors.LightGray, 0.4), Margin, _flow.Y, Margin + ContentWidth, _flow.Y);
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

        private (string Title, double Width)[] Columns() => _occupancy
            ? [("#", 22), ("Date", 82), ("Daily dose", 62), ("What to take", 150), ("Occupancy", 56), ("Note", ContentWidth - 372)]
            : [("#", 22), ("Date", 82), ("Daily dose", 66), ("What to take", 180), ("Note", ContentWidth - 350)];

        private void Header((string Title, double Width)[] columns)
        {
            _flow.Ensure(14);
            _flow.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(228, 240, 244)), Margin, _flow.Y, ContentWidth, 13);
            var x = Margin;
            foreach (var (title, width) in columns)
            {
                _flow.Graphics.DrawString(title, _strong, XBrushes.Black, new XRect(x + 2, _flow.Y + 2, width - 4, 10), XStringFormats.TopLeft);
                x += width;
            }

            _flow.Y += 14;
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
            var lines = _flow.Wrap(text, _strong, ContentWidth - 4);
            var height = (lines.Count * 10) + 4;
            if (_flow.Y + height > Bottom)
            {
                _flow.NewPage();
                Header(columns);
            }

            var y = _flow.Y + 2;
            foreach (var line in lines)
            {
                _flow.Graphics.DrawString(line, _strong, XBrushes.Black, new XRect(Margin + 2, y, ContentWidth - 4, 10), XStringFormats.TopLeft);
                y += 10;
            }

            _flow.Y += height;
            _flow.Graphics.DrawLine(new XPen(XColors.LightGray, 0.4), Margin, _flow.Y, Margin + ContentWidth, _flow.Y);
        }

        private void Boxed(string text)
        {
            var lines = _flow.Wrap(text, _strong, ContentWidth - 12);
            var height = (lines.Count * 11) + 8;
            _flow.Ensure(height);
            _flow.Graphics.DrawRectangle(new XPen(XColors.Black, 0.8), Margin, _flow.Y, ContentWidth, height);
            var y = _flow.Y + 4;
            foreach (var line in lines)
            {
                _flow.Graphics.DrawString(line, _strong, XBrushes.Black, new XRect(Margin + 6, y, ContentWidth - 12, 11), XStringFormats.TopLeft);
                y += 11;
            }

            _flow.Y += height;
        }

        private void Paragraph(string text, XFont font, double lineHeight)
        {
            foreach (var line in _flow.Wrap(text, font, ContentWidth))
            {
                _flow.Ensure(lineHeight);
                _flow.Graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, _flow.Y, ContentWidth, lineHeight), XStringFormats.TopLeft);
                _flow.Y += lineHeight;
            }
        }

        private void Gap(double points) => _flow.Y += points;

        public void Dispose() => _flow.Dispose();
    }
}
