using Microsoft.AspNetCore.Http.HttpResults;

namespace Lantern.Web.Features.Reminders.Devices;

/// <summary>The devices that get a person's notifications, under /api/v1/me. The page calls the same handlers.</summary>
public static class PushDevicesEndpoints
{
    public static void MapPushDevicesEndpoints(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Reminders");

        me.MapGet("/push/public-key", async (GetPushPublicKeyHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));

        me.MapGet("/push-subscriptions", async (ListPushDevicesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));

        me.MapPost("/push-subscriptions", async Task<Results<Created<PushDeviceResponse>, Ok<PushDeviceResponse>>> (
            AddPushDeviceRequest request, AddPushDeviceHandler handler, CancellationToken ct) =>
        {
            var added = await handler.HandleAsync(request, ct);
            return added.Created
                ? TypedResults.Created($"/api/v1/me/push-subscriptions/{added.Device.Id}", added.Device)
                : TypedResults.Ok(added.Device);
        });

        me.MapDelete("/push-subscriptions/{id:guid}", async (Guid id, RemovePushDeviceHandler handler, CancellationToken ct) =>
        {
            await handler.HandleAsync(id, ct);
            return TypedResults.NoContent();
        });
    }
}
