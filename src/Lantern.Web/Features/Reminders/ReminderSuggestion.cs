using LocalTime = NodaTime.LocalTime;

namespace Lantern.Web.Features.Reminders;

/// <summary>
/// What Lantern suggests to someone who has not chosen yet: every kind offered to their role on, at the times in
/// <see cref="ReminderPlanner.Offered"/>, by e-mail, quiet from 22:00 to 07:00. Only a suggestion: it is shown, and
/// nothing is sent until the person confirms it or saves their own choice. The times are Lantern's, not clinical.
/// </summary>
public sealed record ReminderSuggestion(bool ByEmail, bool ByPush, LocalTime QuietFrom, LocalTime QuietUntil)
{
    public static ReminderSuggestion Standard { get; } = new(ByEmail: true, ByPush: false, new LocalTime(22, 0), new LocalTime(7, 0));

    public LocalTime TimeFor(ReminderKind kind) => ReminderPlanner.Offered.First(r => r.Kind == kind).At;

    public static string Format(LocalTime time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
