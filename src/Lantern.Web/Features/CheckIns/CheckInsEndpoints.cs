namespace Lantern.Web.Features.CheckIns;

/// <summary>/api/v1/checkins. Each route calls the same handler as the check-in page.</summary>
public static class CheckInsEndpoints
{
    public static void MapCheckInsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/checkins").WithTags("Check-ins");

        group.MapPost("", async (RecordCheckInRequest request, RecordCheckInHandler handler, CancellationToken ct) =>
        {
            var saved = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/checkins/{saved.CheckIn.Id}", saved);
        }).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async ([AsParameters] ListCheckInsRequest request, ListCheckInsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapGet("/{id:guid}", async (Guid id, GetCheckInHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));

        group.MapPut("/{id:guid}", async (Guid id, UpdateCheckInRequest request, UpdateCheckInHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct))).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", async (Guid id, DeleteCheckInHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
