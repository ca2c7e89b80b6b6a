namespace Lantern.Web.Features.Reminders;

/// <summary>One reminder sent: when (UTC; pages show it in the person's zone), what, and how it reached them.</summary>
public sealed record ReminderDeliveryResponse(DateTimeOffset SentAt, string Kind, string Name, string Title, IReadOnlyList<string> Channels);

/// <summary>The delivery log: the signed-in person's latest reminders, newest first.</summary>
public sealed class ListReminderDeliveriesHandler(LanternDbContext db, CurrentPerson person)
{
    public const int Shown = 30;

    public async Task<IReadOnlyList<ReminderDeliveryResponse>> HandleAsync(CancellationToken ct)
    {
        var me = person.RequireId();
        var rows = await db.Set<ReminderDelivery>().AsNoTracking()
            .Where(d => d.UserId == me && d.SentAt != null)
            .OrderByDescending(d => d.SentAt)
            .Take(Shown)
            .Select(d => new { SentAt = d.SentAt!.Value, d.Kind, d.Occurrence, d.HoldAdvised, d.Channels })
            .ToListAsync(ct);
        return rows.Select(d => new ReminderDeliveryResponse(d.SentAt, ReminderWords.Code(d.Kind), ReminderWords.Name(d.Kind),
                ReminderWords.Message(d.Kind, d.Occurrence, d.HoldAdvised).Title,
                d.Channels.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToArray();
    }
}
