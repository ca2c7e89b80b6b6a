using System.Text;

namespace Lantern.Web.Features.MyData;

/// <summary>/api/v1/export: the caller's own data as CSV downloads. The "Your data" page links straight to these.</summary>
public static class MyDataEndpoints
{
    public static void MapMyDataEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/export").WithTags("Export");
        group.MapGet("/checkins.csv", async (ExportCheckInsHandler handler, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetBytes(await handler.HandleAsync(ct)), "text/csv; charset=utf-8", "lantern-check-ins.csv"));
        group.MapGet("/questionnaires.csv", async (ExportQuestionnairesHandler handler, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetBytes(await handler.HandleAsync(ct)), "text/csv; charset=utf-8", "lantern-questionnaires.csv"));
    }
}
