namespace Lantern.Web.Features.Alerts;

/// <summary>/api/v1/alerts and /api/v1/careteam/alerts. Each route calls the same handler as the alerts page.</summary>
public static class AlertsEndpoints
{
    public static void MapAlertsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/alerts").WithTags("Alerts");

        group.MapGet("", async ([AsParameters] ListAlertsRequest request, ListAlertsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapPost("/{id:guid}/acknowledge", async (Guid id, AcknowledgeAlertHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));

        // The alerts a caregiver or therapist sees for the people who share them; the URL sits under the care team's.
        api.MapGet("/careteam/alerts", async (string? status, SharedAlertsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(string.Equals(status, "all", StringComparison.OrdinalIgnoreCase), ct)))
            .WithTags("Care team");
    }
}
