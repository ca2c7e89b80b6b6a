using Lantern.Web.Platform.Export;

namespace Lantern.Web.Features.MyData;

/// <summary>Placeholder until the clinician summary is drawn.</summary>
public static class SummaryPdf
{
    public static byte[] Render(ExportContext export) => [];
}
