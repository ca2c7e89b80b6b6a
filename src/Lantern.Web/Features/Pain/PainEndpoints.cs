namespace Lantern.Web.Features.Pain;

/// <summary>/api/v1/opioid-doses and /api/v1/pain/summary. Each route calls the same handler as the pain pages.</summary>
public static class PainEndpoints
{
    public static void MapPainEndpoints(this RouteGroupBuilder api)
    {
        var doses = api.MapGroup("/opioid-doses").WithTags("Pain");
        doses.MapGet("", async (Guid? patientId, ListOpioidDosesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(patientId, ct)));
        doses.MapPost("", async (OpioidDoseInput input, LogOpioidDoseHandler handler, CancellationToken ct) =>
        {
            var entry = await handler.HandleAsync(input, ct);
            return TypedResults.Created($"/api/v1/opioid-doses/{entry.Id}", entry);
        });
        doses.MapGet("/{id:guid}", async (Guid id, GetOpioidDoseHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)));
        doses.MapPut("/{id:guid}", async (Guid id, OpioidDoseInput input, UpdateOpioidDoseHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, input, ct)));
        doses.MapDelete("/{id:guid}", async (Guid id, DeleteOpioidDoseHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });

        api.MapGet("/pain/summary", async ([AsParameters] PainSummaryRequest request, GetPainSummaryHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)))
            .WithTags("Pain");
    }
}
