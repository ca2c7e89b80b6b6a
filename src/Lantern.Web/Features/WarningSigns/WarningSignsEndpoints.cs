namespace Lantern.Web.Features.WarningSigns;

/// <summary>/api/v1/warning-signs: the checklist, and checking it (which raises alerts). Same handler as the page.</summary>
public static class WarningSignsEndpoints
{
    public static void MapWarningSignsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/warning-signs").WithTags("Warning signs");
        group.MapGet("", () => TypedResults.Ok(CheckWarningSignsHandler.Catalogue));
        group.MapPost("", async (CheckWarningSignsRequest request, CheckWarningSignsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));
    }
}
