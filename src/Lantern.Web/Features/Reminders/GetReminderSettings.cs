using Lantern.Web.Platform.Push;
using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>One kind of reminder as the settings show it.</summary>
[SharedWithOtherFeatures]
public sealed record ReminderRuleResponse(string Kind, string Name, string When, bool On, string? At);

/// <summary>
/// A person's reminder settings. <see cref="Saved"/> false means they have not chosen yet: nothing is sent, and what is
/// shown is Lantern's suggestion for them to confirm or change.
/// </summary>
[SharedWithOtherFeatures]
public sealed record ReminderSettingsResponse(
    bool Saved, bool ByEmail, bool ByPush, string? QuietFrom, string? QuietUntil, string TimeZone, string? Email, bool EmailConfirmed,
    int Devices, bool CalendarFeedOn, IReadOnlyList<ReminderRuleResponse> Rules);

/// <summary>Reads the signed-in person's reminder settings, or the suggestion when they have none yet.</summary>
[SharedWithOtherFeatures]
public sealed class GetReminderSettingsHandler(LanternDbContext db, CurrentPerson person)
{
    public async Task<ReminderSettingsResponse> HandleAsync(CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var settings = await db.Set<ReminderSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == me.Id, ct);
        var stored = await db.Set<ReminderPreference>().AsNoTracking().Where(p => p.UserId == me.Id).ToDictionaryAsync(p => p.Kind, ct);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == me.Id).Select(u => new { u.EmailConfirmed }).SingleAsync(ct);
        var devices = await db.Set<PushSubscription>().CountAsync(s => s.UserId == me.Id, ct);

        // A row made only for a calendar link is not a choice: until ConfirmedAt is set the person sees the suggestion.
        var chosen = settings is { ConfirmedAt: var confirmed } && confirmed != default ? settings : null;
        var suggested = ReminderSuggestion.Standard;
        var rules = ReminderWords.OfferedTo(me.Role).Select(kind =>
        {
            var (on, at) = chosen is null
                ? (true, suggested.TimeFor(kind))
                : stored.TryGetValue(kind, out var rule) ? (rule.On, LocalTime.FromTimeOnly(rule.At)) : (false, suggested.TimeFor(kind));
            return new ReminderRuleResponse(ReminderWords.Code(kind), ReminderWords.Name(kind), ReminderWords.When(kind), on,
                ReminderWords.HasTime(kind) ? ReminderSuggestion.Format(at) : null);
        }).ToArray();

        var feedOn = settings?.CalendarFeedHash is not null;
        return chosen is null
            ? new ReminderSettingsResponse(false, suggested.ByEmail, suggested.ByPush, ReminderSuggestion.Format(suggested.QuietFrom),
                ReminderSuggestion.Format(suggested.QuietUntil), me.TimeZone, me.Email, account.EmailConfirmed, devices, feedOn, rules)
            : new ReminderSettingsResponse(true, chosen.ByEmail, chosen.ByPush, Format(chosen.QuietFrom), Format(chosen.QuietUntil),
                me.TimeZone, me.Email, account.EmailConfirmed, devices, feedOn, rules);
    }

    private static string? Format(TimeOnly? time) => time is { } t ? ReminderSuggestion.Format(LocalTime.FromTimeOnly(t)) : null;
}
