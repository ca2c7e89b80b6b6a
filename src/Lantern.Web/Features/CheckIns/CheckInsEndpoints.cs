namespace Lantern.Web.Features.CheckIns;

/// <summary>/api/v1/checkins and the person's own tags at /api/v1/checkin-tags. Each route calls the same handler as the pages.</summary>
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

        var tags = api.MapGroup("/checkin-tags").WithTags("Check-ins");

        tags.MapGet("", async ([AsParameters] ListCheckInTagsRequest request, ListCheckInTagsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        tags.MapPost("", async (AddCheckInTagRequest request, AddCheckInTagHandler handler, CancellationToken ct) =>
        {
            var tag = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/checkin-tags/{tag.Id}", tag);
        }).ProducesProblem(StatusCodes.Status409Conflict);

        tags.MapPut("/{id:guid}", async (Guid id, RenameCheckInTagRequest request, RenameCheckInTagHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)));

        tags.MapDelete("/{id:guid}", async (Guid id, RemoveCheckInTagHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
