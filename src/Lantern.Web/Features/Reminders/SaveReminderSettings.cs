namespace Lantern.Web.Features.Reminders;

/// <summary>One kind of reminder as a person sets it: its code, on or off, and its time (<c>HH:mm</c>) where they live.</summary>
public sealed record ReminderRuleInput(string? Kind, bool? On, string? At);

/// <summary>
/// A person's reminder choices. Kinds left out keep their setting (off, the first time). Quiet hours are both times
/// or neither; <c>from</c> after <c>until</c> wraps past midnight.
/// </summary>
public sealed record SaveReminderSettingsRequest(bool? ByEmail, bool? ByPush, string? QuietFrom, string? QuietUntil, IReadOnlyList<ReminderRuleInput>? Rules);

/// <summary>Saves the signed-in person's reminder choices; from then on the scheduler sends what they turned on.</summary>
public sealed class SaveReminderSettingsHandler(LanternDbContext db, CurrentPerson person, TimeProvider time, GetReminderSettingsHandler get)
{
    public async Task<ReminderSettingsResponse> HandleAsync(SaveReminderSettingsRequest request, CancellationToken ct)
    {
        var me = await person.GetAsync(ct);
        var offered = ReminderWords.OfferedTo(me.Role);
        var errors = new FieldErrors();
        var quietFrom = ReadTime(request.QuietFrom, "quietFrom", errors);
        var quietUntil = ReadTime(request.QuietUntil, "quietUntil", errors);
        if (!errors.Any && (quietFrom is null) != (quietUntil is null))
        {
            errors.Add(quietFrom is null ? "quietFrom" : "quietUntil", "Give both times for quiet hours, or leave both empty for none.");
        }

        var rules = new Dictionary<ReminderKind, (bool On, TimeOnly? At)>();
        var inputs = request.Rules ?? [];
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (ReminderWords.FromCode(input.Kind) is not { } kind || !offered.Contains(kind))
            {
                errors.Add($"rules[{i}].kind", offered.Count == 0
                    ? "There are no reminders for your kind of account yet."
                    : $"Choose one of: {string.Join(", ", offered.Select(ReminderWords.Code))}.");
                continue;
            }

            if (rules.ContainsKey(kind))
            {
                errors.Add($"rules[{i}].kind", "Each kind of reminder may appear once.");
                continue;
            }

            var on = input.On ?? false;
            var at = ReadTime(input.At, $"rules[{i}].at", errors);
            if (on && at is null && ReminderWords.HasTime(kind) && !errors.Has($"rules[{i}].at"))
            {
                errors.Add($"rules[{i}].at", "Choose a time for this reminder, such as 20:00.");
            }

            rules[kind] = (on, at);
        }

        var byEmail = request.ByEmail ?? false;
        var byPush = request.ByPush ?? false;
        if (rules.Values.Any(r => r.On) && !byEmail && !byPush)
        {
            errors.Add("byEmail", "Choose at least one way to reach you: e-mail or notifications on your devices.");
        }

        errors.ThrowIfAny();

        var now = time.GetUtcNow();
        var settings = await db.Set<ReminderSettings>().SingleOrDefaultAsync(s => s.UserId == me.Id, ct);
        if (settings is null)
        {
            settings = new ReminderSettings { UserId = me.Id };
            db.Add(settings);
        }

        settings.ByEmail = byEmail;
        settings.ByPush = byPush;
        settings.QuietFrom = quietFrom;
        settings.QuietUntil = quietUntil;
        settings.ConfirmedAt = now;

        var stored = await db.Set<ReminderPreference>().Where(p => p.UserId == me.Id).ToDictionaryAsync(p => p.Kind, ct);
        foreach (var (kind, (on, at)) in rules)
        {
            var when = at ?? (stored.TryGetValue(kind, out var old) ? old.At : ReminderSuggestion.Standard.TimeFor(kind).ToTimeOnly());
            if (stored.TryGetValue(kind, out var rule))
            {
                rule.On = on;
                rule.At = when;
            }
            else
            {
                db.Add(new ReminderPreference { UserId = me.Id, Kind = kind, On = on, At = when });
            }
        }

        // Two saves at once (two tabs) both adding the first row: the second is told to look again.
        await db.SaveChangesOrConflictAsync(() => new ConflictException("Conflict", "Your reminders were changed in another window. Please look at them again."), ct);
        return await get.HandleAsync(ct);
    }

    private static TimeOnly? ReadTime(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new TimeOnly(time.Hour, time.Minute);
        }

        errors.Add(field, "Give a time as hours and minutes, such as 07:30.");
        return null;
    }
}
