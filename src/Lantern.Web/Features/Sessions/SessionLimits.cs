namespace Lantern.Web.Features.Sessions;

/// <summary>
/// Field lengths and date ranges of the sessions feature. None of these is a clinical rule (those live in
/// <c>Lantern.Clinical.Ketamine</c>); they keep typing slips and oversized input out.
/// </summary>
public static class SessionLimits
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 120;
    public const int PhoneMaxLength = 40;
    public const int ContactMaxLength = 200;
    public const int DoseMaxLength = 200;
    public const int ShortTextMaxLength = 1000;
    public const int JournalMaxLength = 4000;
    public const int ChecklistJsonMaxLength = 8000;
    public const int MaxSessionsPerCourse = 60;
    public const int PulseMin = 30;
    public const int PulseMax = 220;

    /// <summary>Planned dates within this many days of today: far enough for a long course, close enough to catch a mistyped year.</summary>
    public const int PlannedDaysFromToday = 730;

    /// <summary>The time of day a session is planned for when none is given.</summary>
    public static readonly TimeOnly DefaultTime = new(10, 0);

    /// <summary>
    /// The expected end of a dosing day, counted from the dose: the patient's sign-in on the dosing-day page may sit
    /// without a click until then (and then for the usual idle limit), so a support person can log the checks while the
    /// patient's own page waits for the 40-minute reading and "how are you now". Twice the label's minimum observation
    /// time, room for a slow settling; a sign-in rule, not a clinical one (see docs/adr/0001-server-side-sessions.md).
    /// </summary>
    public static readonly TimeSpan SignInHeldAfterDose = TimeSpan.FromMinutes(2 * Lantern.Clinical.Ketamine.SessionMonitoring.MinimumObservationMinutes);

    /// <summary>How long a calendar entry lasts: the esketamine label's two hours of monitoring plus time to arrive.</summary>
    public static readonly TimeSpan CalendarDuration = TimeSpan.FromHours(3);
}
