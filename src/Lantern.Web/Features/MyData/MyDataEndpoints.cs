using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Features.MyData;

/// <summary>
/// The caller's data as downloads: everything in one ZIP at /api/v1/me/export (journals only with <c>?journals=true</c>),
/// a patient's export for someone on their care team at /api/v1/careteam/patients/{patientId}/export (only what their
/// grant shows; 404 when there is no grant), and the two older CSV files under /api/v1/export.
/// </summary>
public static class MyDataEndpoints
{
    public const string ZipMediaType = "application/zip";

    public static void MapMyDataEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/export").WithTags("Export");
        group.MapGet("/checkins.csv", async (ExportCheckInsHandler handler, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetBytes(await handler.HandleAsync(ct)), "text/csv; charset=utf-8", "lantern-check-ins.csv"));
        group.MapGet("/questionnaires.csv", async (ExportQuestionnairesHandler handler, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetBytes(await handler.HandleAsync(ct)), "text/csv; charset=utf-8", "lantern-questionnaires.csv"));

        api.MapGet("/me/export", async (bool? journals, ExportEverythingHandler handler, CancellationToken ct) =>
                Zip(await handler.HandleAsync(null, journals ?? false, ct)))
            .WithTags("Export")
            .Produces<Stream>(StatusCodes.Status200OK, ZipMediaType);
        api.MapGet("/careteam/patients/{patientId:guid}/export", async (Guid patientId, bool? journals, ExportEverythingHandler handler, CancellationToken ct) =>
                Zip(await handler.HandleAsync(patientId, journals ?? false, ct)))
            .WithTags("Export")
            .Produces<Stream>(StatusCodes.Status200OK, ZipMediaType);
    }

    private static FileContentHttpResult Zip(ExportArchive archive) => TypedResults.File(archive.Content, ZipMediaType, archive.FileName);
}
