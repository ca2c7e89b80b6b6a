using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Features.CheckIns;

/// <summary>/api/v1/checkins. Each route calls the same handler as the check-in page.</summary>
public static class CheckInEndpoints
{
    public static void MapCheckInEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/checkins").WithTags("Check-ins");

        group.MapPost("", async Task<Results<Created<CheckInSaved>, ProblemHttpResult>> (
            RecordCheckInRequest request, RecordCheckInHandler handler, CancellationToken ct) =>
        {
            try
            {
                var saved = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/v1/checkins/{saved.CheckIn.Id}", saved);
            }
            catch (CheckInConflictException conflict)
            {
                return Conflict(conflict);
            }
        }).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("", async ([AsParameters] ListCheckInsRequest request, ListCheckInsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapGet("/{id:guid}", async (Guid id, GetCheckInHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));

        group.MapPut("/{id:guid}", async Task<Results<Ok<CheckInSaved>, ProblemHttpResult>> (
            Guid id, UpdateCheckInRequest request, UpdateCheckInHandler handler, CancellationToken ct) =>
        {
            try
            {
                return TypedResults.Ok(await handler.HandleAsync(id, request, ct));
            }
            catch (CheckInConflictException conflict)
            {
                return Conflict(conflict);
            }
        }).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", async (Guid id, DeleteCheckInHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }

    public static IServiceCollection AddCheckInFeature(this IServiceCollection services)
    {
        services.AddScoped<RecordCheckInHandler>();
        services.AddScoped<UpdateCheckInHandler>();
        services.AddScoped<DeleteCheckInHandler>();
        services.AddScoped<GetCheckInHandler>();
        services.AddScoped<ListCheckInsHandler>();
        return services;
    }

    private static ProblemHttpResult Conflict(CheckInConflictException conflict) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Conflict",
            detail: conflict.Message,
            extensions: conflict.ExistingId is { } existing ? new Dictionary<string, object?> { ["existingId"] = existing } : null);
}
