namespace Lantern.Web.Features.Dashboard;

/// <summary>/api/v1/dashboard: the data behind the dashboard page, from the same handler.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/dashboard", async ([AsParameters] DashboardRequest request, GetDashboardHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct))).WithTags("Dashboard");
}
