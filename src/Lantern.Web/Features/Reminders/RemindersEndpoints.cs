namespace Lantern.Web.Features.Reminders;

/// <summary>/api/v1/me/reminders: the same handlers as the reminders page.</summary>
public static class RemindersEndpoints
{
    public static void MapRemindersEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/reminders").WithTags("Reminders");

        group.MapGet("", async (GetReminderSettingsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)));

        group.MapPut("", async (SaveReminderSettingsRequest request, SaveReminderSettingsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(request, ct)));

        group.MapGet("/deliveries", async (ListReminderDeliveriesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)));
    }
}
