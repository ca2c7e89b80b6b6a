using Lantern.Web.Platform.Pdf;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Features.Taper.Export;

/// <summary>
/// The printable plan as a PDF, drawn in-process with PDFsharp 6.2.4 (MIT; docs/adr/0005-taper-web-choices.md says why not
/// a headless browser). Anyone who may read the plan may download it; every download is audited. Null when the PDF
/// cannot be made on this server (its fonts are missing): the API answers 503 and points to the other formats.
/// </summary>
public sealed class ExportPlanPdfHandler(
    SavedPlanReader reader,
    ExportAudit audit,
    CurrentPerson person,
    IOptions<TaperOptions> options,
    TimeProvider time,
    ILogger<ExportPlanPdfHandler> logger)
{
    public async Task<PlanExport?> HandleAsync(Guid id, CancellationToken ct)
    {
        var saved = await reader.ReadAsync(id, ct);
        var directory = options.Value.PdfFontDirectory;
        if (!DejaVuFontResolver.FontsPresent(directory))
        {
            TaperLog.PdfFontsMissing(logger, directory);
            return null;
        }

        DejaVuFontResolver.Install(directory);
        var me = await person.GetAsync(ct);
        var preparedFor = saved.IsOwnedBy(me.Id) ? me.DisplayName : "a person who shared this plan with you";
        var pdf = PlanPdf.Render(saved.Schedule, new PlanPdfHeading(preparedFor, me.Today), time.GetUtcNow());
        audit.Record(saved, "pdf");
        return new PlanExport(ExportAudit.FileName(saved, "pdf"), "application/pdf", pdf);
    }
}
