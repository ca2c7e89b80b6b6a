namespace Lantern.Web.Features.Reminders;

/// <summary>A reminder as sent: a title, one or two calm sentences and the page it opens.</summary>
public sealed record ReminderText(string Title, string Body, string Path);

/// <summary>
/// What each kind of reminder says, in the settings, in e-mails and on lock screens. Nothing here names a medicine, a
/// dose, a score or a symptom (issue 16, the rule alert e-mails follow): a notification is read by whoever is near the
/// phone. A test walks every kind against a list of such words.
/// </summary>
public static class ReminderWords
{
    /// <summary>The kind as the API and forms name it.</summary>
    public static string Code(ReminderKind kind) => kind switch
    {
        ReminderKind.DailyCheckIn => "daily-check-in",
        ReminderKind.QuestionnaireDue => "questionnaire-due",
        ReminderKind.SessionTomorrow => "session-tomorrow",
        ReminderKind.SessionToday => "session-today",
        ReminderKind.TaperStepDue => "taper-step-due",
        ReminderKind.SupportPersonTomorrow => "support-person-tomorrow",
        ReminderKind.DosingDayPrompts => "dosing-day-prompts",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind a code names, or null.</summary>
    public static ReminderKind? FromCode(string? code) =>
        Enum.GetValues<ReminderKind>().Cast<ReminderKind?>().FirstOrDefault(k => Code(k!.Value) == code);

    /// <summary>The kind's name in the settings and the delivery log.</summary>
    public static string Name(ReminderKind kind) => kind switch
    {
        ReminderKind.DailyCheckIn => "Daily check-in",
        ReminderKind.QuestionnaireDue => "A questionnaire is due",
        ReminderKind.SessionTomorrow => "A session tomorrow",
        ReminderKind.SessionToday => "A session today",
        ReminderKind.TaperStepDue => "A taper step is due",
        ReminderKind.SupportPersonTomorrow => "You are the support person tomorrow",
        ReminderKind.DosingDayPrompts => "During a session: the 15-minute checks and the blood-pressure reading",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>One line under the name saying when it comes.</summary>
    public static string When(ReminderKind kind) => kind switch
    {
        ReminderKind.DailyCheckIn => "Every day at the time you choose.",
        ReminderKind.QuestionnaireDue => "On the day your next one is due, at the time you choose.",
        ReminderKind.SessionTomorrow => "The day before a session, at the time you choose, with the preparation checklist.",
        ReminderKind.SessionToday => "On the day, at the time you choose, and at the latest two hours before it starts.",
        ReminderKind.TaperStepDue => "On the day a planned step falls, at the time you choose. If your journal says to stay at your dose, it says so.",
        ReminderKind.SupportPersonTomorrow => "The day before a session where someone named you as their support person.",
        ReminderKind.DosingDayPrompts => "While a session is in progress, as each check falls due. Sent to your devices only, even in quiet hours, and they stop when the session ends.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether the person picks a time for this kind (the dosing-day prompts follow the session's own clock).</summary>
    public static bool HasTime(ReminderKind kind) => kind != ReminderKind.DosingDayPrompts;

    /// <summary>The kinds offered to each role: a caregiver is reminded of the days they support, not of record keeping.</summary>
    public static IReadOnlyList<ReminderKind> OfferedTo(UserRole role) => role switch
    {
        UserRole.Patient =>
        [
            ReminderKind.DailyCheckIn, ReminderKind.QuestionnaireDue, ReminderKind.SessionTomorrow, ReminderKind.SessionToday,
            ReminderKind.TaperStepDue, ReminderKind.DosingDayPrompts,
        ],
        UserRole.Caregiver => [ReminderKind.SupportPersonTomorrow, ReminderKind.DosingDayPrompts],
        _ => [],
    };

    /// <summary>The message of one reminder. <paramref name="holdAdvised"/> matters only for a taper step.</summary>
    public static ReminderText Message(ReminderKind kind, string occurrence, bool holdAdvised = false) => kind switch
    {
        ReminderKind.DailyCheckIn => new("Time for your check-in", "How are you today? It takes a minute.", "/checkin"),
        ReminderKind.QuestionnaireDue => new("A questionnaire is ready for you",
            "Your regular questionnaire is due today. Answer it when you have a quiet few minutes.", "/questionnaires"),
        ReminderKind.SessionTomorrow => new("Your session is tomorrow",
            "Have a look at the preparation checklist today, and check who will be with you.", SessionPath(occurrence, "")),
        ReminderKind.SessionToday => new("Your session is today",
            "Go through the preparation checklist before you start.", SessionPath(occurrence, "")),
        ReminderKind.TaperStepDue => holdAdvised
            ? new("Stay at your current dose for now",
                "A taper step was planned for today, but your journal says to hold. Stay where you are and talk to your prescriber.", "/taper")
            : new("A taper step is planned for today",
                "Check your journal first. If things have not settled, stay where you are and talk to your prescriber.", "/taper"),
        ReminderKind.SupportPersonTomorrow => new("You are the support person tomorrow",
            "Someone who shares with you in Lantern has a session tomorrow and named you as their support person.", "/"),
        ReminderKind.DosingDayPrompts => occurrence.EndsWith(":bp", StringComparison.Ordinal)
            ? new("Time for the blood-pressure reading", "It is about 40 minutes since the dose. Measure and note it in Lantern.", SessionPath(occurrence, "/day"))
            : new("Time for the 15-minute check", "Look in on how things are going and note it in Lantern.", SessionPath(occurrence, "/day")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Session reminders' occurrences start with the session's id (N format); anything else opens the sessions list.</summary>
    private static string SessionPath(string occurrence, string suffix)
    {
        var id = occurrence.Split(':')[0];
        return Guid.TryParseExact(id, "N", out var session) ? $"/sessions/{session}{suffix}" : "/sessions";
    }
}
