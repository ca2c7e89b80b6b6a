namespace Lantern.Web.Features.Alerts;

/// <summary>/api/v1/alerts. Each route calls the same handler as the alerts page.</summary>
public static class AlertsEndpoints
{
    public static void MapAlertsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/alerts").WithTags("Alerts");

        group.MapGet("", async ([AsParameters] ListAlertsRequest request, ListAlertsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapPost("/{id:guid}/acknowledge", async (Guid id, AcknowledgeAlertHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));
    }
}
