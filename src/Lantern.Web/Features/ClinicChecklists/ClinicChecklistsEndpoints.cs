using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Features.ClinicChecklists;

/// <summary>
/// /api/v1/clinic-checklists: the caller's own checklists. Each route calls the same handler as its page. Signed-in
/// only (the fallback policy); another person's id answers 404 exactly like a random one.
/// </summary>
public static class ClinicChecklistsEndpoints
{
    public const string BasePath = "/api/v1/clinic-checklists";

    public static void MapClinicChecklistsEndpoints(this RouteGroupBuilder api)
    {
        var checklists = api.MapGroup("/clinic-checklists").WithTags("Clinic checklists");

        checklists.MapGet("", async (ListClinicChecklistsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));

        checklists.MapPost("", async Task<Created<ClinicChecklistResponse>> (
            SaveClinicChecklistRequest request, CreateClinicChecklistHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"{BasePath}/{created.Id}", created);
        });

        checklists.MapGet("/{id:guid}", async (Guid id, GetClinicChecklistHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));

        checklists.MapPut("/{id:guid}", async (Guid id, SaveClinicChecklistRequest request, UpdateClinicChecklistHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)));

        checklists.MapDelete("/{id:guid}", async (Guid id, DeleteClinicChecklistHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
